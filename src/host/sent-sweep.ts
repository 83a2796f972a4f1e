import {
  asDossierId,
  asSourceId,
  type DossierId,
  type ImmutableItemId,
  type SourceId,
} from '../core/vocabulary';
import { DOSSIER_PROPERTY } from './draft-dossier';
import { sourceIdText } from './parties';

/** A sent message as the sweep sees it (Graph `sentitems` with the add-in's custom properties). */
export interface SentItemSummary {
  readonly id: ImmutableItemId;
  readonly internetMessageId: string;
  readonly subject: string;
  /** The add-in's custom properties on the sent copy, as set while it was written. */
  readonly customProperties: Readonly<Record<string, string>>;
  /** Outlook categories; "Vastgelegd in Bronvast" marks a filed message. */
  readonly categories?: readonly string[];
}

/** One sent message to file, with the dossier its sender chose while writing it. */
export interface SentItemFiling {
  readonly id: ImmutableItemId;
  readonly sourceId: SourceId;
  readonly subject: string;
  readonly dossier: DossierId;
}

/** The category that marks a filed message (docs/graph-surface.md). */
export const FILED_CATEGORY = 'Vastgelegd in Bronvast';

/**
 * Which sent messages still need filing: those whose `bronvastDossier` custom property names a
 * dossier, whose source id is not among `filedKeys` and that are not marked filed. Each message
 * once, in the given order. Pure: the caller lists sent items, files the plan, and records what it filed.
 */
export function planSentItemFilings(
  sentItems: readonly SentItemSummary[],
  filedKeys: ReadonlySet<string>,
): SentItemFiling[] {
  const planned = new Set<string>();
  const filings: SentItemFiling[] = [];
  for (const item of sentItems) {
    const dossier = chosenDossier(item);
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

function chosenDossier(item: SentItemSummary): string | null {
  const value = item.customProperties[DOSSIER_PROPERTY]?.trim() ?? '';
  return value === '' ? null : value;
}
