import type { FiledMessage } from '../core';
import { asConversationId } from '../core/ids';
import type { FiledRecord } from '../graph';

/**
 * Earlier filings of this chat as the core's history: the dossier suggestion then leans towards
 * the dossier this conversation's decisions went to before.
 */
export function historyFromRecords(records: readonly FiledRecord[]): FiledMessage[] {
  return records.flatMap((record) => {
    const metadata = record.metadata;
    if (metadata === null) return [];
    return [
      {
        dossier: metadata.dossier,
        filedBy: metadata.filedBy,
        message: {
          kind: 'chat',
          id: metadata.sourceId,
          ...(metadata.conversationId === undefined
            ? {}
            : { conversationId: asConversationId(metadata.conversationId) }),
          subject: metadata.subject,
          ...(metadata.from === undefined ? {} : { from: { address: metadata.from } }),
          to: metadata.to.map((address) => ({ address })),
          cc: [],
          bodyText: metadata.toelichting,
          headers: {},
          attachments: [],
        },
      },
    ];
  });
}
