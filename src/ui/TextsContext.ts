import { createContext, useContext } from 'react';
import type { GroundCode, Reason, WooCategoryCode } from '../core';
import type { UiLanguage } from '../host/language';
import { describeFilingError, type FailureCode } from './messages/filing-errors';
import { uiMessages, type UiMessages } from './messages/ui-messages';
import type { WooText } from './texts';

/** The sentences a surface shows, in the officer's language: built once at the root. */
export interface Texts {
  readonly language: UiLanguage;
  /** The shared components' sentences. */
  readonly ui: UiMessages;
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
    ui: uiMessages(language),
    reason: (reason) => reason.code,
    error: (code) => describeFilingError(code, language),
    wooCategory: (code) => ({ label: code }),
    ground: (code) => ({ label: code }),
  };
}

/** The texts of the surface, provided at its root. */
export const TextsContext = createContext<Texts>(plainTexts('nl'));

/** The texts of the surface the component is in. */
export function useTexts(): Texts {
  return useContext(TextsContext);
}
