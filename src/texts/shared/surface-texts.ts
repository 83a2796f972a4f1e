import type { UiLanguage } from '../language';
import { describeFilingError } from '../codes/filing-error-texts';
import { describeGround, describeReason, describeWooCategory } from '../codes';
import type { Texts } from './texts';
import { uiTexts } from './ui';

/** A surface's shared texts in a language: components' sentences, reasons, errors and Woo. */
export function surfaceTexts(language: UiLanguage): Texts {
  return {
    language,
    ui: uiTexts(language),
    reason: (reason) => describeReason(reason, language),
    error: (code) => describeFilingError(code, language),
    wooCategory: (code) => describeWooCategory(code, language),
    ground: (code) => describeGround(code, language),
  };
}
