import type { Message } from '../core';
import { dedupKey } from '../core/records';
import type { GraphClient, SiteIds } from '../graph';
import { findRecordByDedupKey } from '../graph/records';

/** Whether a message is in the record system already, and where. */
export type FiledLookup =
  | { readonly kind: 'not-filed' }
  | {
      readonly kind: 'filed';
      readonly dossier: string;
      readonly recordUrl: string;
      readonly filedBy?: string;
      readonly filedAt?: string;
    };

/** Looks a message up by its dedup key: filed (by anyone), or not yet. */
export async function lookupFiled(
  client: GraphClient,
  site: SiteIds,
  message: Message,
): Promise<FiledLookup> {
  if (message.id.trim() === '') return { kind: 'not-filed' };
  const record = await findRecordByDedupKey(client, site, dedupKey(message));
  if (record === null) return { kind: 'not-filed' };
  const metadata = record.metadata;
  return {
    kind: 'filed',
    dossier: metadata?.dossier ?? '',
    recordUrl: record.webUrl,
    ...(metadata === null
      ? {}
      : { filedBy: metadata.filedBy, filedAt: metadata.filedAt.toLocaleString('nl-NL') }),
  };
}
