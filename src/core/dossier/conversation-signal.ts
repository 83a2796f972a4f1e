import type { DossierId } from '../ids';
import type { Message } from '../message';
import type { DossierIndex } from './dossier-index';
import type { Evidence } from './evidence';
import { percent } from './evidence';
import { subjectThread } from './subject-thread';

/** Replies belong where the conversation went; only a split conversation weakens that. */
const CONVERSATION_STRENGTH = 0.9;
/** A shared subject is a weaker tie than a conversation id: two threads can share a subject. */
const SUBJECT_STRENGTH = 0.6;

function evidenceFrom(
  counts: ReadonlyMap<DossierId, number> | undefined,
  code: 'conversation-filed' | 'subject-filed',
  strengthAtFullShare: number,
  index: DossierIndex,
): Map<number, Evidence> {
  const found = new Map<number, Evidence>();
  if (counts === undefined) return found;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  for (const [dossier, count] of counts) {
    const position = index.positionOf.get(dossier);
    if (position === undefined) continue;
    const share = count / total;
    const strength = strengthAtFullShare * share;
    const params = share < 1 ? { count, share: percent(share) } : { count };
    found.set(position, { strength, reasons: [{ code, weight: strength, params }] });
  }
  return found;
}

/** Dossiers where earlier messages of the same conversation were filed, by their share. */
export function conversationEvidence(message: Message, index: DossierIndex): Map<number, Evidence> {
  const conversation = message.conversationId;
  const counts = conversation === undefined ? undefined : index.conversations.get(conversation);
  return evidenceFrom(counts, 'conversation-filed', CONVERSATION_STRENGTH, index);
}

/**
 * Dossiers where messages with the same subject (replies and forwards included) were filed, by
 * their share: the thread as colleagues' mailboxes see it, where conversation ids differ.
 */
export function subjectEvidence(message: Message, index: DossierIndex): Map<number, Evidence> {
  const thread = subjectThread(message.subject);
  const counts = thread === null ? undefined : index.subjectThreads.get(thread);
  return evidenceFrom(counts, 'subject-filed', SUBJECT_STRENGTH, index);
}
