import type { DeskDocument } from './desk-document';

/** A mail thread of the selection, its documents oldest first, attachments after their mail. */
export interface DeskThread {
  readonly id: string;
  readonly documents: readonly DeskDocument[];
}

/**
 * Groups a selection into threads: mails of one conversation, and mails linked by
 * In-Reply-To or References to another mail of the selection, are one thread; an attachment
 * goes with its mail (its family); a chat message or lone mail is a thread of its own.
 */
export function groupThreads(documents: readonly DeskDocument[]): DeskThread[] {
  const parent = new Map<string, string>(documents.map((document) => [document.key, document.key]));
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(key, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };
  const byMessageId = new Map<string, string>();
  const byConversation = new Map<string, string>();
  for (const document of documents) {
    if (document.parentKey !== undefined && parent.has(document.parentKey))
      join(document.parentKey, document.key);
    if (document.messageId !== undefined) byMessageId.set(document.messageId, document.key);
    if (document.conversationId !== undefined && document.kind === 'mail') {
      const first = byConversation.get(document.conversationId);
      if (first === undefined) byConversation.set(document.conversationId, document.key);
      else join(first, document.key);
    }
  }
  for (const document of documents) {
    for (const linked of [document.inReplyTo ?? '', ...document.references]) {
      const other = byMessageId.get(linked);
      if (other !== undefined) join(other, document.key);
    }
  }
  const groups = new Map<string, DeskDocument[]>();
  for (const document of documents) {
    const root = find(document.key);
    groups.set(root, [...(groups.get(root) ?? []), document]);
  }
  return [...groups.values()]
    .map((members) => ordered(members))
    .map((members) => ({ id: members[0]?.key ?? '', documents: members }))
    .sort((a, b) => time(a.documents[0]) - time(b.documents[0]) || a.id.localeCompare(b.id));
}

function time(document: DeskDocument | undefined): number {
  return document?.date?.getTime() ?? Number.MAX_SAFE_INTEGER;
}

/** Mails and chats oldest first, each followed by its attachments in their order. */
function ordered(members: readonly DeskDocument[]): DeskDocument[] {
  const heads = members
    .filter((document) => document.kind !== 'attachment')
    .sort((a, b) => time(a) - time(b) || a.key.localeCompare(b.key));
  const placed = new Set<string>();
  const result: DeskDocument[] = [];
  for (const head of heads) {
    result.push(head);
    placed.add(head.key);
    for (const child of members.filter((document) => document.parentKey === head.key)) {
      result.push(child);
      placed.add(child.key);
    }
  }
  return [...result, ...members.filter((document) => !placed.has(document.key))];
}
