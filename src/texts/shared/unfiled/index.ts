import type { UiLanguage } from '../../language';
import { en } from './en';
import { nl } from './nl';
import type { UnfiledTexts } from './unfiled-texts';

export type { UnfiledTexts } from './unfiled-texts';

/** The sentences of "nog vastleggen" in a language. */
export function unfiledTexts(language: UiLanguage): UnfiledTexts {
  return language === 'en' ? en : nl;
}
