import type { UiLanguage } from '../language';
import { en } from './en';
import { nl } from './nl';
import type { WorkbenchTexts } from './workbench-texts';

export type { WorkbenchTexts } from './workbench-texts';

/** The workbench's sentences in a language. */
export function workbenchTexts(language: UiLanguage): WorkbenchTexts {
  return language === 'en' ? en : nl;
}
