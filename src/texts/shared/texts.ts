import type { GroundCode, Reason, WooCategoryCode } from '../../core';
import type { UiLanguage } from '../language';
import { describeFilingError, type FailureCode } from '../codes/filing-error-texts';
import type { WooText } from '../codes/woo-texts';
import { uiTexts, type UiTexts } from './ui';

/** The sentences a surface shows, in the officer's language: built once at the root. */
export interface Texts {
  readonly language: UiLanguage;
  /** The shared components' sentences. */
  readonly ui: UiTexts;
  readonly reason: (reason: Reason) => string;
  /** The sentence for why a filing failed (every code has one). */
  readonly error: (code: FailureCode) => string;
  readonly wooCategory: (code: WooCategoryCode) => WooText;
  readonly ground: (code: GroundCode) => WooText;
}

/** Plain fallbacks: the codes themselves where a sentence needs the core's texts loaded. */
export function plainTexts(language: UiLanguage): Texts {
  return {
    language,
    ui: uiTexts(language),
    reason: (reason) => reason.code,
    error: (code) => describeFilingError(code, language),
    wooCategory: (code) => ({ label: code }),
    ground: (code) => ({ label: code }),
  };
}
