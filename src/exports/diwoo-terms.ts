import type { ExportRecord } from './export-record';

/** A value of a DiWoo value list: its URI and its label. */
export interface DiwooTerm {
  readonly resource: string;
  readonly label: string;
}

const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const HANDELING = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

/** DiWoo's taal list: Dutch and English, the languages Bronvast assesses. */
export const DIWOO_LANGUAGES: Readonly<Record<'nl' | 'en', DiwooTerm>> = {
  nl: { resource: `${LANGUAGE}NLD`, label: 'Nederlands' },
  en: { resource: `${LANGUAGE}ENG`, label: 'Engels' },
};

// DiWoo's format list (the PLOOI file types) has no e-mail type. A filed mail is its RFC 5322
// text, so it is declared plain text; a chat decision is filed as an HTML rendering.
/** The DiWoo format of a record's stored file. */
export function diwooFormat(record: ExportRecord): DiwooTerm {
  // A document published as a PDF (a Woo decision's redacted documents) is a PDF.
  if (record.fileName.toLowerCase().endsWith('.pdf'))
    return { resource: `${FILE_TYPE}PDF`, label: 'PDF' };
  return record.metadata.sourceKind === 'chat'
    ? { resource: `${FILE_TYPE}HTML`, label: 'HTML' }
    : { resource: `${FILE_TYPE}TXT`, label: 'Plain text' };
}

/** DiWoo's soort handeling values. */
export const DIWOO_HANDELINGEN = {
  ontvangst: { resource: `${HANDELING}c_dfcee535`, label: 'ontvangst' },
  vaststelling: { resource: `${HANDELING}c_641ecd76`, label: 'vaststelling' },
} as const satisfies Readonly<Record<string, DiwooTerm>>;

/** A document action: what happened to the document and when. */
export interface DiwooHandeling {
  readonly soort: DiwooTerm;
  readonly at: Date;
}

/**
 * The document's actions: a mail the organisation received was received (`ontvangst`) when it
 * arrived; a mail or chat message it sent was settled (`vaststelling`) when it was sent. The
 * filing time stands in when the record has neither date.
 */
export function diwooHandelingen(record: ExportRecord): DiwooHandeling[] {
  const { received, sent, filedAt } = record.metadata;
  if (record.metadata.sourceKind !== 'chat' && received !== undefined)
    return [{ soort: DIWOO_HANDELINGEN.ontvangst, at: received }];
  const at = sent ?? filedAt ?? record.createdAt ?? new Date(0);
  return [{ soort: DIWOO_HANDELINGEN.vaststelling, at }];
}
