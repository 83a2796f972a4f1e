import type { Dossier } from '../dossier';
import type { Message } from '../message';

/** How many times the subject counts: it names the matter more often than any body line. */
const SUBJECT_REPEAT = 3;
/**
 * How much of the body is read. The top of a message names its matter; what follows a long
 * opening is mostly quoted history and signatures, which the filed mail holds already. The cap
 * keeps a 20 KB message as cheap as a 10 KB one.
 */
export const MAX_BODY_CHARACTERS = 10_000;
/** Keywords are chosen by records managers to describe the dossier, so they count double. */
const KEYWORD_REPEAT = 2;

/**
 * Adds the terms of a text to `counts`, each occurrence counting `times` (words and bigrams, or
 * character n-grams); `surfaces`, when given, receives the written form of each word.
 */
export type TermCounter = (
  counts: Map<string, number>,
  text: string,
  times: number,
  surfaces?: Map<string, string>,
) => void;

/**
 * The terms of a message: subject (weighed up), attachment names and the body's first
 * {@link MAX_BODY_CHARACTERS} characters.
 * @param countInto how text becomes terms
 * @param surfaces when given, receives the written form of each term
 */
export function messageTermCounts(
  message: Message,
  countInto: TermCounter,
  surfaces?: Map<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  countInto(counts, message.subject, SUBJECT_REPEAT, surfaces);
  const attachmentNames = message.attachments.map((attachment) => attachment.name).join('\n');
  countInto(counts, attachmentNames, 1, surfaces);
  countInto(counts, message.bodyText.slice(0, MAX_BODY_CHARACTERS), 1, surfaces);
  return counts;
}

/** The terms of a dossier's registry entry: title, description and keywords. */
export function dossierTermCounts(dossier: Dossier, countInto: TermCounter): Map<string, number> {
  const counts = new Map<string, number>();
  countInto(counts, dossier.title, 1);
  countInto(counts, dossier.description ?? '', 1);
  for (const keyword of dossier.keywords ?? []) countInto(counts, keyword, KEYWORD_REPEAT);
  return counts;
}
