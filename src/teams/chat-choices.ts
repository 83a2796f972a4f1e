import type { Assessment, DossierId, WooCategoryCode } from '../core';
import { preselect } from '../core/preselection';
import type { FilingChoices } from '../core/records';
import { wooCategory } from '../core/woo/categories';

/** The dossier the tab starts with: the core's preselection, as in the pane (none below the threshold). */
export function suggestedDossier(assessment: Assessment): DossierId | null {
  return preselect(assessment).dossier;
}

/** The Woo category the tab starts with: the core's preselection, as in the pane. */
export function suggestedCategory(assessment: Assessment): WooCategoryCode {
  return preselect(assessment).wooCategory;
}

/** The member's choices with the selection's disclosure advice, as the job carries them. */
export function chatFilingChoices(
  assessment: Assessment,
  dossier: DossierId,
  category: WooCategoryCode,
  note: string,
): FilingChoices {
  return {
    dossier,
    wooCategory: wooCategory(category).tooiId,
    assessment: assessment.disclosure.level,
    grounds: assessment.disclosure.grounds,
    ...(note.trim() === '' ? {} : { toelichting: note.trim() }),
  };
}
