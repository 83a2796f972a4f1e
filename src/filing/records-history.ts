import type { FiledMessage, Party } from '../core';
import type { FiledRecord } from '../graph';

/**
 * Records from the records list as the dossier suggestion's history: each under the dossier it
 * is in now (after any move by a reviewer or a colleague), with its subject, parties,
 * conversation and toelichting. The list holds no body, so the text the suggestion compares
 * is the subject and the toelichting. Records without Bronvast columns or dossier are skipped.
 */
export function historyFromRecords(records: readonly FiledRecord[]): FiledMessage[] {
  return records.flatMap((record): FiledMessage[] => {
    const metadata = record.metadata;
    if (metadata === null || metadata.dossier === '') return [];
    return [
      {
        dossier: metadata.dossier,
        ...(metadata.filedBy === '' ? {} : { filedBy: metadata.filedBy }),
        message: {
          kind: metadata.sourceKind,
          id: metadata.sourceId,
          ...(metadata.conversationId === undefined
            ? {}
            : { conversationId: metadata.conversationId }),
          subject: metadata.subject,
          ...(metadata.from === undefined ? {} : { from: partyFromColumn(metadata.from) }),
          to: metadata.to.map(partyFromColumn),
          cc: metadata.cc.map(partyFromColumn),
          bodyText: metadata.toelichting,
          headers: {},
          attachments: [],
        },
      },
    ];
  });
}

/** Both histories, each filed message once (by source id); the first list wins. */
export function mergeHistories(
  first: readonly FiledMessage[],
  second: readonly FiledMessage[],
): FiledMessage[] {
  const seen = new Set(first.map((filed) => filed.message.id));
  return [...first, ...second.filter((filed) => !seen.has(filed.message.id))];
}

/**
 * A party as the mail columns hold it (`Jan Jansen <jan@example.nl>`, or the bare address), so
 * that correspondent history matches on the address and its domain.
 */
export function partyFromColumn(text: string): Party {
  const match = /^(.*?)\s*<([^<>\s]+)>\s*$/.exec(text.trim());
  if (match?.[2] === undefined) return { address: text.trim() };
  const name = (match[1] ?? '').replace(/^"|"$/g, '').trim();
  return name === '' ? { address: match[2] } : { name, address: match[2] };
}
