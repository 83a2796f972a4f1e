import type { UiLanguage } from '../language';
import { EN } from './en';
import { NL } from './nl';
import type { ReviewTexts } from './review-texts';

export type { ReviewTexts } from './review-texts';
export type { DateTexts } from './dates/date-texts';
export { DAY_MONTH_YEAR } from './dates/date-texts';

/** The review page's texts; Dutch by default. */
export function reviewTexts(language: UiLanguage): ReviewTexts {
  return language === 'en' ? EN : NL;
}
export { wooDeskTexts, type WooDeskTexts } from './woo-desk/woo-desk-texts';
