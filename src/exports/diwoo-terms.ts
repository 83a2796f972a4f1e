import type { PublicationContext } from './export-config';
import type { ExportRecord } from './export-record';
import { directionOf } from './mail-direction';

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

/**
 * The DiWoo format of a record's stored file, where the format list (the PLOOI file types,
 * ccw_plooi_filetypes/4) has it: a document published as a PDF (a Woo decision's redacted
 * documents) and a chat decision's HTML rendering. The list has no e-mail type, and a .eml (MIME
 * with base64 parts) or .msg (a binary OLE2 file) is no "Plain text": a mail's format is left out
 * (the element is optional).
 */
export function diwooFormat(record: ExportRecord): DiwooTerm | null {
  const name = record.fileName.toLowerCase();
  if (name.endsWith('.pdf')) return { resource: `${FILE_TYPE}PDF`, label: 'PDF' };
  const html =
    record.metadata.sourceKind === 'chat' || name.endsWith('.html') || name.endsWith('.htm');
  return html ? { resource: `${FILE_TYPE}HTML`, label: 'HTML' } : null;
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
 * The document's action, by the sender's domain against the organisation's domains: a mail
 * the organisation received was received (`ontvangst`) when it arrived; a mail or chat message
 * it sent was settled (`vaststelling`) when it was sent. Where the direction is unknown (no
 * readable sender) the record is taken as received, the reading that claims no act of the
 * organisation; the filing time stands in when the record has no date of its own.
 */
export function diwooHandelingen(
  record: ExportRecord,
  organisationDomains: readonly string[],
): DiwooHandeling[] {
  const { received, sent, filedAt } = record.metadata;
  const fallback = filedAt ?? record.createdAt ?? new Date(0);
  if (directionOf(record, organisationDomains) === 'sent')
    return [{ soort: DIWOO_HANDELINGEN.vaststelling, at: sent ?? fallback }];
  return [{ soort: DIWOO_HANDELINGEN.ontvangst, at: received ?? sent ?? fallback }];
}

/** TOOI id of art. 3.3 lid 2 onderdeel i, "Woo-verzoeken en -besluiten". */
export const WOO_REQUEST_CATEGORY = 'c_3baef532';

/** The category a record is published under in a context (see {@link PublicationContext}). */
export function publicationCategory(
  record: ExportRecord,
  context: PublicationContext,
): string | null {
  return context === 'woo-verzoek' ? WOO_REQUEST_CATEGORY : (record.metadata.wooCategory ?? null);
}
