import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { UiLanguage } from '../texts/language';
import { surfaceTexts } from '../texts/shared/surface-texts';
import { TextsContext } from '../ui/TextsContext';

/** Renders a Teams page in Fluent UI with the shared texts of the member's language. */
export function renderTab(language: UiLanguage, element: ReactElement): void {
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <TextsContext.Provider value={surfaceTexts(language)}>{element}</TextsContext.Provider>
    </FluentProvider>,
  );
}
