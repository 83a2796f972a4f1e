import type { UiLanguage } from '../language';
import { en } from './en';
import { nl } from './nl';
import type { PaneTexts } from './pane-texts';

export type { PaneTexts } from './pane-texts';

/** The task pane's own sentences in the officer's language. */
export function paneTexts(language: UiLanguage): PaneTexts {
  return language === 'en' ? en : nl;
}
