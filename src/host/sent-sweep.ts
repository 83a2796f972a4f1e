import {
  asDossierId,
  asSourceId,
  type DossierId,
  type RestItemId,
  type SourceId,
} from '../core/ids';
import { DOSSIER_HEADER } from './draft-dossier';
import { sourceIdText } from './parties';

/** A sent message as the sweep sees it (Graph `sentitems` with `internetMessageHeaders`). */
export interface SentItemSummary {
  readonly id: RestItemId;
  readonly internetMessageId: string;
  readonly subject: string;
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  /** Outlook categories; "Vastgelegd in Bronvast" marks a filed message. */
  readonly categories?: readonly string[];
}

/** One sent message to file, with the dossier its sender chose while writing it. */
export interface SentItemFiling {
  readonly id: RestItemId;
  readonly sourceId: SourceId;
  readonly subject: string;
  readonly dossier: DossierId;
}

/** The category that marks a filed message (docs/graph-surface.md). */
export const FILED_CATEGORY = 'Vastgelegd in Bronvast';

/**
 * Which sent messages still need filing: those carrying an `X-Bronvast-Dossier` header whose
 * source id is not among `filedKeys` and that are not marked filed. Each message once, in the
 * given order. Pure: the caller lists sent items, files the plan, and records what it filed.
 */
export function planSentItemFilings(
  sentItems: readonly SentItemSummary[],
  filedKeys: ReadonlySet<string>,
): SentItemFiling[] {
  const planned = new Set<string>();
  const filings: SentItemFiling[] = [];
  for (const item of sentItems) {
    const dossier = dossierHeader(item);
    const sourceId = sourceIdText(item.internetMessageId);
    if (dossier === null || sourceId === '' || filedKeys.has(sourceId) || planned.has(sourceId))
      continue;
    if (item.categories?.includes(FILED_CATEGORY) === true) continue;
    planned.add(sourceId);
    filings.push({
      id: item.id,
      sourceId: asSourceId(sourceId),
      subject: item.subject,
      dossier: asDossierId(dossier),
    });
  }
  return filings;
}

function dossierHeader(item: SentItemSummary): string | null {
  const wanted = DOSSIER_HEADER.toLowerCase();
  const header = item.headers.find((entry) => entry.name.toLowerCase() === wanted);
  const value = header?.value.trim() ?? '';
  return value === '' ? null : value;
}
