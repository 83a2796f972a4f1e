import type { FiledMessage } from '../dossier';
import type { DossierId } from '../ids';
import type { Message } from '../message';

/** Where mail with one correspondent (an address, or `@domain`) was filed before, and by whom. */
export interface CorrespondentHistory {
  readonly total: number;
  readonly perDossier: ReadonlyMap<DossierId, CorrespondentFilings>;
}

/** The filings with one correspondent in one dossier. */
export interface CorrespondentFilings {
  readonly count: number;
  /** Who filed them, with how many each; filings without a known filer are not listed. */
  readonly filedBy: ReadonlyMap<string, number>;
}

interface MutableHistory {
  total: number;
  perDossier: Map<DossierId, { count: number; filedBy: Map<string, number> }>;
}

/** The correspondents of a message: every address on it, and every domain as `@domain`. */
export function correspondentKeys(message: Message): string[] {
  const parties = [
    ...(message.from === undefined ? [] : [message.from]),
    ...message.to,
    ...message.cc,
  ];
  const keys = new Set<string>();
  for (const party of parties) {
    const address = party.address.trim().toLowerCase();
    if (!address.includes('@')) continue;
    keys.add(address);
    keys.add(address.slice(address.indexOf('@')));
  }
  return [...keys];
}

function record(histories: Map<string, MutableHistory>, key: string, filed: FiledMessage): void {
  const history = histories.get(key) ?? { total: 0, perDossier: new Map() };
  histories.set(key, history);
  history.total += 1;
  const filings = history.perDossier.get(filed.dossier) ?? { count: 0, filedBy: new Map() };
  history.perDossier.set(filed.dossier, filings);
  filings.count += 1;
  if (filed.filedBy !== undefined) {
    filings.filedBy.set(filed.filedBy, (filings.filedBy.get(filed.filedBy) ?? 0) + 1);
  }
}

/** Collects, per correspondent, the dossiers their mail was filed in, colleagues' filings included. */
export function buildCorrespondentHistory(
  history: readonly FiledMessage[],
): ReadonlyMap<string, CorrespondentHistory> {
  const histories = new Map<string, MutableHistory>();
  for (const filed of history) {
    for (const key of correspondentKeys(filed.message)) record(histories, key, filed);
  }
  return histories;
}
