import type { Reason } from '../../core';
import type { UiLanguage } from '../language';
import { DISCLOSURE_TEXTS } from './disclosure-texts';
import { DOSSIER_TEXTS } from './dossier-texts';
import { MAIL_TEXTS } from './mail-texts';
import type { ReasonText } from './reason-text';
import { RELEVANCE_TEXTS } from './relevance-texts';
import { WOO_CATEGORY_TEXTS } from './woo-category-texts';

/** Every reason code the core emits, with its sentences; one table per core module. */
export const REASON_TEXTS: Readonly<Record<string, ReasonText>> = {
  ...RELEVANCE_TEXTS,
  ...DOSSIER_TEXTS,
  ...WOO_CATEGORY_TEXTS,
  ...DISCLOSURE_TEXTS,
  ...MAIL_TEXTS,
};

/**
 * The sentence a civil servant reads for one reason of the assessment, in Dutch or English;
 * a reason for or against policy relevance opens with "Voor:" or "Tegen:". A code without a text (a core newer than its texts) shows as the code itself, never blank.
 */
export function describeReason(reason: Reason, lang: UiLanguage): string {
  const text = Object.hasOwn(REASON_TEXTS, reason.code) ? REASON_TEXTS[reason.code] : undefined;
  if (text === undefined) return reason.code;
  const sentence = text[lang](reason);
  return reason.code.startsWith('relevance.') ? `${DIRECTION[lang](reason)}${sentence}` : sentence;
}

// A relevance reason says which way it weighs, so "Er is een bijlage" is never ambiguous.
const DIRECTION: Readonly<Record<UiLanguage, (reason: Reason) => string>> = {
  nl: (reason) => (reason.weight >= 0 ? 'Voor: ' : 'Tegen: '),
  en: (reason) => (reason.weight >= 0 ? 'For: ' : 'Against: '),
};
