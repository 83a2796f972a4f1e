import type { UiLanguage } from '../host/language';
import { describeFilingError } from './messages/filing-errors';
import { taskpaneMessages } from './messages/taskpane-messages';
import { describeError, describeGround, describeReason, describeWooCategory } from './texts';
import type { Texts } from './TextsContext';

/** The pane's texts in a language: its own messages, and the shared reason, error and Woo texts. */
export function paneTexts(language: UiLanguage): Texts {
  return {
    language,
    pane: taskpaneMessages(language),
    reason: (reason) => describeReason(reason, language),
    error: (code) => describeFilingError(code, language) ?? describeError(code, language),
    wooCategory: (code) => describeWooCategory(code, language),
    ground: (code) => describeGround(code, language),
  };
}
