import type { Assessment, DossierId, WooCategoryCode } from '../core';
import { preselect } from '../core/preselection';
import { wooCategory as wooCategoryFacts } from '../core/woo/categories';
import type { FilingChoices } from '../filing/outbox';

/** The dossier the pane starts with: the core's preselection (none below the threshold). */
export function initialDossier(assessment: Assessment): DossierId | null {
  return preselect(assessment).dossier;
}

/** The category the pane starts with: the core's preselection, never a dossier's default. */
export function initialCategory(assessment: Assessment): WooCategoryCode {
  return preselect(assessment).wooCategory;
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
