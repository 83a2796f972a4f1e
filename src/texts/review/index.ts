import type { UiLanguage } from '../language';
import { EN } from './en';
import { NL } from './nl';
import type { ReviewTexts } from './review-texts';
import { EN as WOO_DESK_EN } from './woo-desk/en';
import { NL as WOO_DESK_NL } from './woo-desk/nl';
import type { WooDeskTexts } from './woo-desk/woo-desk-texts';

export type { ReviewTexts } from './review-texts';
export type { WooDeskTexts } from './woo-desk/woo-desk-texts';
export { DAY_MONTH_YEAR } from './dates/date-texts';

/** The review page's texts; Dutch by default. */
export function reviewTexts(language: UiLanguage): ReviewTexts {
  return language === 'en' ? EN : NL;
}

/** The Woo desk's sentences in a language (English falls back to Dutch where not translated). */
export function wooDeskTexts(language: UiLanguage): WooDeskTexts {
  return language === 'en' ? WOO_DESK_EN : WOO_DESK_NL;
}
