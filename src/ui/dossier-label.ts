import type { Dossier } from '../core';

/** How a dossier is named in the pane: its kenmerk and title. */
export function dossierLabel(dossier: Dossier | undefined, id: string): string {
  return dossier === undefined ? id : `${dossier.id} · ${dossier.title}`;
}

/** The dossiers whose kenmerk, title or keywords contain every word of the query. */
export function searchDossiers(dossiers: readonly Dossier[], query: string): readonly Dossier[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return dossiers;
  return dossiers.filter((dossier) => {
    const haystack = [dossier.id, dossier.title, ...(dossier.keywords ?? [])]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
