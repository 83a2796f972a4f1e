import type { Assessment, Dossier, DossierId, WooCategoryCode } from '../core';
import type { FilingChoices } from '../core/records';
import { wooCategory } from '../core/woo/categories';

/** The dossier the tab starts with: the strongest suggestion, if any. */
export function suggestedDossier(assessment: Assessment): DossierId | null {
  return assessment.dossiers.kind === 'suggested'
    ? (assessment.dossiers.suggestions[0]?.dossier ?? null)
    : null;
}

/** The Woo category the tab starts with: the core's, else the dossier's default, else art. 3.1. */
export function suggestedCategory(
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
