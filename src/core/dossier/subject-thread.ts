import type { FiledMessage } from '../dossier';
import type { DossierId } from '../ids';
import { extractTerms, foldText } from './terms';

const REPLY_PREFIX = /^(?:(?:re|fw|fwd|wg|aw|antw|doorst|sv|tr)\s*(?:\[\d+\])?\s*:\s*)+/;
/** A subject of fewer content words ("Vraag", "Overleg") is too common to tie messages together. */
const MIN_CONTENT_WORDS = 2;

/**
 * The thread a subject belongs to: folded, without reply and forward prefixes (`RE:`, `FW:`,
 * `Antw:`, ...) and with white space collapsed; null for subjects too generic to tell threads
 * apart. Unlike a conversation id it is the same in every colleague's mailbox.
 */
export function subjectThread(subject: string): string | null {
  const thread = foldText(subject).trim().replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim();
  const contentWords = extractTerms(thread).filter((term) => !term.includes(' '));
  return contentWords.length >= MIN_CONTENT_WORDS ? thread : null;
}

/** Per subject thread, how many of its messages were filed in which dossier. */
export function buildSubjectThreads(
  history: readonly FiledMessage[],
): Map<string, Map<DossierId, number>> {
  const threads = new Map<string, Map<DossierId, number>>();
  for (const filed of history) {
    const thread = subjectThread(filed.message.subject);
    if (thread === null) continue;
    const counts = threads.get(thread) ?? new Map<DossierId, number>();
    threads.set(thread, counts);
    counts.set(filed.dossier, (counts.get(filed.dossier) ?? 0) + 1);
  }
  return threads;
}
