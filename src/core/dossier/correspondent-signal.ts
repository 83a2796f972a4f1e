import type { Message } from '../message';
import type { Reason } from '../reason';
import { correspondentKeys } from './correspondent-history';
import type { CorrespondentFilings, CorrespondentHistory } from './correspondent-history';
import type { DossierIndex } from './dossier-index';
import { combineStrengths } from './evidence';
import type { Evidence } from './evidence';

/** Correspondence history points the way but never decides alone. */
const CORRESPONDENT_CAP = 0.6;
/** A whole domain says less than one address. */
const DOMAIN_FACTOR = 0.5;
/** Correspondents weaker than this still count, but are not named: they would only be noise. */
const MIN_NAMED_STRENGTH = 0.05;
/** Reasons named per dossier: the strongest correspondents only. */
const MAX_REASONS = 2;
const MAX_FILERS_NAMED = 3;

/**
 * How telling one correspondent is, as an IDF over dossiers: an address whose mail went to one
 * dossier says much, one whose mail went to every dossier (the officer's own address, the
 * organisation's domain) says nothing.
 */
function specificity(history: CorrespondentHistory, dossiersWithFilings: number): number {
  if (dossiersWithFilings <= 1) return 1;
  return Math.log(dossiersWithFilings / history.perDossier.size) / Math.log(dossiersWithFilings);
}

function filers(filings: CorrespondentFilings): string {
  return [...filings.filedBy]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_FILERS_NAMED)
    .map(([name]) => name)
    .join(', ');
}

function reasonFor(key: string, filings: CorrespondentFilings, strength: number): Reason {
  const filedBy = filers(filings);
  const params =
    filedBy === ''
      ? { correspondent: key, count: filings.count }
      : { correspondent: key, count: filings.count, filedBy };
  return { code: 'correspondent-history', weight: strength, params };
}

/**
 * Dossiers where mail with the message's correspondents went before, colleagues' filings included.
 * Per correspondent the strength is the share of their filed mail in the dossier, damped while
 * there is little history (`count / (total + 2)`) and by how widely their mail is spread.
 */
export function correspondentEvidence(
  message: Message,
  index: DossierIndex,
): Map<number, Evidence> {
  const perDossier = new Map<number, Array<{ strength: number; reason: Reason }>>();
  for (const key of correspondentKeys(message)) {
    const history = index.correspondents.get(key);
    if (history === undefined) continue;
    const factor =
      specificity(history, index.dossiersWithFilings) * (key.startsWith('@') ? DOMAIN_FACTOR : 1);
    for (const [dossier, filings] of history.perDossier) {
      const position = index.positionOf.get(dossier);
      if (position === undefined) continue;
      const strength = (filings.count / (history.total + 2)) * factor;
      if (strength <= 0) continue;
      const list = perDossier.get(position) ?? [];
      perDossier.set(position, list);
      list.push({ strength, reason: reasonFor(key, filings, strength) });
    }
  }
  const found = new Map<number, Evidence>();
  for (const [position, items] of perDossier) {
    const strength = CORRESPONDENT_CAP * combineStrengths(items.map((item) => item.strength));
    const reasons = items
      .filter((item) => item.strength * CORRESPONDENT_CAP >= MIN_NAMED_STRENGTH)
      .sort((a, b) => b.strength - a.strength)
      .slice(0, MAX_REASONS)
      .map((item) => ({ ...item.reason, weight: item.strength * CORRESPONDENT_CAP }));
    found.set(position, { strength, reasons });
  }
  return found;
}
