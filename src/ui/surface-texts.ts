import type { UiLanguage } from '../host/language';
import { describeFilingError } from './messages/filing-errors';
import { uiMessages } from './messages/ui-messages';
import { describeGround, describeReason, describeWooCategory } from './texts';
import type { Texts } from './TextsContext';

/** A surface's shared texts in a language: components' sentences, reasons, errors and Woo. */
export function surfaceTexts(language: UiLanguage): Texts {
  return {
    language,
    ui: uiMessages(language),
    reason: (reason) => describeReason(reason, language),
    error: (code) => describeFilingError(code, language),
    wooCategory: (code) => describeWooCategory(code, language),
    ground: (code) => describeGround(code, language),
  };
}
