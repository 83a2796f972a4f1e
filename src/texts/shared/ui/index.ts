import type { UiLanguage } from '../../language';
import { en } from './en';
import { nl } from './nl';
import type { UiTexts } from './ui-texts';

export type { UiTexts } from './ui-texts';

/** The shared components' sentences in the officer's language. */
export function uiTexts(language: UiLanguage): UiTexts {
  return language === 'en' ? en : nl;
}
