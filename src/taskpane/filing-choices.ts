import type { Assessment, Dossier, DossierId, WooCategoryCode } from '../core';
import { wooCategory as wooCategoryFacts } from '../core/woo/categories';
import type { FilingChoices } from '../filing/outbox';

/** The dossier the pane starts with: the strongest suggestion, if any. */
export function initialDossier(assessment: Assessment): DossierId | null {
  return assessment.dossiers.kind === 'suggested'
    ? (assessment.dossiers.suggestions[0]?.dossier ?? null)
    : null;
}

/** The category the pane starts with: the core's, else the dossier's default, else art. 3.1. */
export function initialCategory(
  assessment: Assessment,
  dossier: Dossier | undefined,
): WooCategoryCode {
  if (assessment.wooCategory !== null) return assessment.wooCategory.code;
  const fallback = dossier?.defaultCategory;
  return isCategoryCode(fallback) ? fallback : '3.1';
}

function isCategoryCode(code: string | undefined): code is WooCategoryCode {
  return code !== undefined && /^(3\.3\.1[a-e]|3\.3\.2[a-l]|3\.1)$/.test(code);
}

/**
 * What the officer chose in the pane: dossier, Woo category and toelichting. A mail filed with
 * only these gets the disclosure advice of its own text when it is filed.
 */
export function officerChoices(
  dossier: DossierId,
  wooCategory: WooCategoryCode,
  toelichting: string,
): FilingChoices {
  return {
    dossier,
    wooCategory: wooCategoryFacts(wooCategory).tooiId,
    ...(toelichting.trim() === '' ? {} : { toelichting: toelichting.trim() }),
  };
}

/** What goes into the outbox for the mail: the officer's choices plus the disclosure advice. */
export function filingChoices(
  assessment: Assessment,
  dossier: DossierId,
  wooCategory: WooCategoryCode,
  toelichting: string,
): FilingChoices {
  return {
    ...officerChoices(dossier, wooCategory, toelichting),
    assessment: assessment.disclosure.level,
    grounds: assessment.disclosure.grounds,
  };
}
