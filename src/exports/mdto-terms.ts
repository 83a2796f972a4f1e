import type { ExportRecord } from './export-record';

/** An MDTO begrip: label, optional code, and the list it comes from. */
export interface MdtoBegrip {
  readonly label: string;
  readonly code?: string;
  readonly lijst: string;
}

const PRONOM = 'PRONOM-register';

/** PRONOM formats of what Bronvast files. */
export const PRONOM_FORMATS = {
  /** A mail's full MIME .eml (message/rfc822). */
  mime: { label: 'MIME Email', code: 'fmt/950', lijst: PRONOM },
  /** A chat decision's self-contained HTML rendering. */
  html: { label: 'Hypertext Markup Language 5', code: 'fmt/471', lijst: PRONOM },
  /** A chat message's JSON source beside its rendering. */
  json: { label: 'JSON Data Interchange Format', code: 'fmt/817', lijst: PRONOM },
} as const satisfies Readonly<Record<string, MdtoBegrip>>;

/** The PRONOM format of a record's stored file, by its kind and extension. */
export function pronomFormat(record: ExportRecord): MdtoBegrip {
  const name = record.fileName.toLowerCase();
  if (name.endsWith('.json')) return PRONOM_FORMATS.json;
  if (name.endsWith('.html') || name.endsWith('.htm')) return PRONOM_FORMATS.html;
  return record.metadata.sourceKind === 'chat' ? PRONOM_FORMATS.html : PRONOM_FORMATS.mime;
}

/** MDTO's own value lists that the export uses. */
export const MDTO_TERMS = {
  archiefstuk: { label: 'Archiefstuk', lijst: 'Begrippenlijst Aggregatieniveaus MDTO' },
  sha256: { label: 'SHA256', lijst: 'Begrippenlijst ChecksumAlgoritme MDTO' },
  ontvangst: { label: 'Ontvangst', lijst: 'Begrippenlijst EventTypeLijst MDTO' },
  verzending: { label: 'Verzending', lijst: 'Begrippenlijst EventTypeLijst MDTO' },
  registratie: { label: 'Registratie', lijst: 'Begrippenlijst EventTypeLijst MDTO' },
  nogNietBepaald: { label: 'Nog niet bepaald', lijst: 'Begrippenlijst Waarderingen MDTO' },
} as const satisfies Readonly<Record<string, MdtoBegrip>>;

/** The list the Woo assessment's levels come from, as MDTO's beperkingGebruikType. */
export const WOO_ASSESSMENT_LIST = 'Wet open overheid, openbaarheid (Bronvast)';
