import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { UiLanguage } from '../texts/language';
import { surfaceTexts, TextsContext } from '../ui';
import type { PaneServices } from './pane-services';
import { TaskPane } from './TaskPane';

// jsdom has no ResizeObserver; Fluent's MessageBar only needs it to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

/** Renders the task pane as the composition root does, over the given services. */
export function renderPane(services: PaneServices, language: UiLanguage = 'nl'): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(language)}>
        <TaskPane services={services} />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}
