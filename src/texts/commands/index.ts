import type { FilingWarning } from '../../filing/index';
import type { UiLanguage } from '../language';
import { describeFilingError, type FailureCode } from '../codes/filing-error-texts';
import { uiTexts } from '../shared/ui';
import type { CommandTexts } from './command-texts';
import { en } from './en';
import { nl } from './nl';

export type { CommandTexts } from './command-texts';

/** The texts in the user's language. */
export function commandTexts(language: UiLanguage): CommandTexts {
  return language === 'en' ? en : nl;
}

/** The shared sentence for a failure code, never the raw code. */
export function failureSentence(code: FailureCode, language: UiLanguage): string {
  return describeFilingError(code, language);
}

/** "Filed in X, but the retention label was not applied.", in the shared words. */
export function filedWithWarnings(
  filed: string,
  warnings: readonly FilingWarning[],
  language: UiLanguage,
): string {
  const ui = uiTexts(language);
  return `${ui.filedBut(
    filed.replace(/\.$/, ''),
    warnings.map((warning) => ui.warning[warning]),
  )}.`;
}
