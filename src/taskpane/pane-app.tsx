import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { TextsContext, type Texts } from '../ui';
import type { PaneServices } from './pane-services';
import type { PaneState } from './pane-state';
import { TaskPane } from './TaskPane';

/**
 * Renders the interactive pane (React and Fluent UI, a chunk the page loads once the verdict is
 * on screen) over the page's static shell, starting from the state the page already has.
 */
export function renderPane(
  root: HTMLElement,
  services: PaneServices,
  texts: Texts,
  initial: PaneState,
): void {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={texts}>
        <TaskPane
          services={services}
          initial={initial}
          startUnfiled={new URLSearchParams(globalThis.location.search).get('view') === 'unfiled'}
        />
      </TextsContext.Provider>
    </FluentProvider>,
  );
}
