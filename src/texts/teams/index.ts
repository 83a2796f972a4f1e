import type { UiLanguage } from '../language';
import { EN } from './en';
import { NL } from './nl';
import type { TeamsTexts } from './teams-texts';

export type { TeamsTexts } from './teams-texts';

/** The Teams tab's sentences in a language. */
export function teamsTexts(language: UiLanguage): TeamsTexts {
  return language === 'en' ? EN : NL;
}
