import type { Message, Party } from '../message';
import { wooCategoryByTooiId } from '../woo/categories';
import type { RecordMetadataDraft } from './record-metadata';

/** An attachment's name and the text read from it. */
export interface AttachmentText {
  readonly name: string;
  readonly text: string;
}

/** The labels of the rendition's lines that the Woo desk's filters look for. */
export const RENDITION_KIND_LABEL = 'Bronvast-soort';
export const RENDITION_CATEGORY_LABEL = 'Bronvast-categorie';

/** A rendition holds at most this many characters (search engines index the start of a file). */
export const MAX_RENDITION_CHARS = 1_000_000;

const party = (value: Party) =>
  [value.name ?? '', value.address].filter((part) => part !== '').join(' ');

/**
 * The plain-text rendition of a record that Microsoft Search indexes beside it: subject,
 * parties, date, dossier, kind and Woo category as lines, then the body and the text of each
 * attachment under its name. SharePoint parses plain text by default; a mail's attachments
 * inside an .eml are not documented to be indexed, so their text is written here.
 */
export function recordRendition(
  message: Message,
  metadata: Pick<RecordMetadataDraft, 'dossier' | 'wooCategory' | 'sourceKind'>,
  attachments: readonly AttachmentText[] = [],
): string {
  const date = message.sent ?? message.received;
  const category =
    metadata.wooCategory === null ? '' : (wooCategoryByTooiId(metadata.wooCategory)?.code ?? '');
  const lines = [
    `Onderwerp: ${message.subject}`,
    `Van: ${message.from === undefined ? '' : party(message.from)}`,
    `Aan: ${message.to.map(party).join('; ')}`,
    `Cc: ${message.cc.map(party).join('; ')}`,
    `Datum: ${date === undefined ? '' : date.toISOString().slice(0, 10)}`,
    `Dossier: ${metadata.dossier}`,
    `${RENDITION_KIND_LABEL}: ${metadata.sourceKind}`,
    `${RENDITION_CATEGORY_LABEL}: ${category}`,
    `Bijlagen: ${message.attachments.map((attachment) => attachment.name).join('; ')}`,
    '',
    message.bodyText,
    ...attachments.flatMap((attachment) => ['', `Bijlage: ${attachment.name}`, attachment.text]),
  ];
  return lines.join('\n').slice(0, MAX_RENDITION_CHARS);
}
