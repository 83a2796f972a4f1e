import { bareMessageId } from '../core/vocabulary';
import type { ExportRecord } from './export-record';
import { stableNumber } from './stable-ids';

/**
 * The numeric Email Thread ID of each mail record, the same for an original and its replies.
 * A record's conversation id is Graph's `conversationId` (add-in) or its thread's root
 * Message-ID (`bronvast file`); a record's own Message-ID joins the two, so a root filed from
 * Outlook and a reply filed from a folder share one thread. The number comes from the smallest
 * conversation id in the thread.
 */
export function threadNumbers(records: readonly ExportRecord[]): Map<string, number> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  const keys = new Map<string, string>();
  for (const record of records) {
    const conversation = record.metadata.conversationId;
    if (conversation === undefined || record.metadata.sourceKind === 'chat') continue;
    const key = `c:${conversation}`;
    parent.set(key, find(key));
    keys.set(record.recordId, key);
    const own = bareMessageId(record.metadata.sourceId ?? '');
    if (own !== '') join(key, `c:${own}`);
  }
  return new Map([...keys].map(([recordId, key]) => [recordId, threadNumber(find(key).slice(2))]));
}

/** The numeric Email Thread ID of a conversation id. */
export function threadNumber(conversationId: string): number {
  return stableNumber(`thread:${conversationId}`);
}
