import type { Dossier } from '../dossier';
import type { Message } from '../message';
import type { TermCounter, TextReading } from './text-reading';

/** How many times the subject counts: it names the matter more often than any body line. */
export const SUBJECT_REPEAT = 3;
/** Keywords are chosen by records managers to describe the dossier, so they count double. */
const KEYWORD_REPEAT = 2;

/**
 * The terms of a message: subject (weighed up), attachment names and the top of the body
 * (`reading.maxBodyCharacters`), keyed as `reading.countInto` keys them (text, or n-gram codes).
 * @param reading how text becomes terms and how much of the body is read
 * @param surfaces when given, receives the written form of each term
 */
export function messageTermCounts<Term = string>(
  message: Message,
  reading: Pick<TextReading, 'maxBodyCharacters'> & {
    readonly countInto: (
      counts: Map<Term, number>,
      text: string,
      times: number,
      surfaces?: Map<string, string>,
    ) => void;
  },
  surfaces?: Map<string, string>,
): Map<Term, number> {
  const { countInto, maxBodyCharacters } = reading;
  const counts = new Map<Term, number>();
  countInto(counts, message.subject, SUBJECT_REPEAT, surfaces);
  countInto(counts, attachmentNames(message), 1, surfaces);
  countInto(counts, message.bodyText.slice(0, maxBodyCharacters), 1, surfaces);
  return counts;
}

/** The names of a message's attachments, one a line: read as text like the subject. */
export function attachmentNames(message: Message): string {
  return message.attachments.map((attachment) => attachment.name).join('\n');
}

/** The terms of a dossier's registry entry: title, description and keywords. */
export function dossierTermCounts(dossier: Dossier, countInto: TermCounter): Map<string, number> {
  const counts = new Map<string, number>();
  countInto(counts, dossier.title, 1);
  countInto(counts, dossier.description ?? '', 1);
  for (const keyword of dossier.keywords ?? []) countInto(counts, keyword, KEYWORD_REPEAT);
  return counts;
}
