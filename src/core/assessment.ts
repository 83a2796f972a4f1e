import type { DossierResult } from './dossier';
import type { Reason } from './reason';
import type { DisclosureLevel, GroundCode, WooCategoryCode } from './woo-codes';

/** Kinds of personal data the core finds in a message. */
export type PersonalDataType =
  | 'bsn'
  | 'iban'
  | 'phone'
  | 'email'
  | 'postcode'
  | 'date-of-birth'
  | 'person-name'
  | 'special-category';

/**
 * One piece of personal data found in the text the core was given, with UTF-16 offsets
 * (`text.slice(start, end) === finding.text`) and the exception ground it points to.
 */
export interface Finding {
  readonly type: PersonalDataType;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ground: GroundCode;
}

/** Is the message policy-relevant: a score in 0..1, the yes/no at `threshold`, and why. */
export interface Relevance {
  readonly score: number;
  readonly relevant: boolean;
  readonly threshold: number;
  readonly reasons: readonly Reason[];
}

/** The Woo information category the message (or the document it carries) belongs to. */
export interface WooCategorySuggestion {
  readonly code: WooCategoryCode;
  readonly tooiId: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/** The advisory disclosure pre-assessment: level, grounds, findings and why. Never final. */
export interface DisclosureAssessment {
  readonly level: DisclosureLevel;
  readonly grounds: readonly GroundCode[];
  readonly findings: readonly Finding[];
  readonly reasons: readonly Reason[];
}

/** Everything the core says about one message. */
export interface Assessment {
  readonly relevance: Relevance;
  readonly dossiers: DossierResult;
  readonly wooCategory: WooCategorySuggestion | null;
  readonly disclosure: DisclosureAssessment;
}
