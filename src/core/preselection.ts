import type { Assessment } from './assessment';
import type { DossierId } from './ids';
import type { WooCategoryCode } from './woo-codes';

/** What a surface preselects for the officer before they choose anything. */
export interface Preselection {
  /** The dossier to start with, or null: the officer picks one. */
  readonly dossier: DossierId | null;
  /** The Woo category to start with. */
  readonly wooCategory: WooCategoryCode;
}

/**
 * The choices a surface starts with, so every surface follows one rule. A dossier only when
 * the message is policy-relevant (a newsletter or an auto-reply below the threshold gets none,
 * so one click cannot file it); then the strongest suggestion. The Woo category the core
 * recognised, else art. 3.1 (the catch-all), never a dossier's default: the control then agrees
 * with the text that says no category was recognised.
 */
export function preselect(assessment: Assessment): Preselection {
  const { dossiers, relevance, wooCategory } = assessment;
  const top = dossiers.kind === 'suggested' ? (dossiers.suggestions[0]?.dossier ?? null) : null;
  return {
    dossier: relevance.relevant ? top : null,
    wooCategory: wooCategory?.code ?? '3.1',
  };
}
