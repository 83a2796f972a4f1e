import type { WaarderingCode } from './export-config';
import type { ExportRecord } from './export-record';

/** An MDTO begrip: label, optional code, and the list it comes from. */
export interface MdtoBegrip {
  readonly label: string;
  readonly code?: string;
  readonly lijst: string;
}

const PRONOM = 'PRONOM-register';

/** PRONOM formats of what Bronvast files (The National Archives, DROID signature file v116). */
export const PRONOM_FORMATS = {
  /** A mail's full MIME .eml (message/rfc822). */
  mime: { label: 'MIME Email', code: 'fmt/950', lijst: PRONOM },
  /** An Outlook .msg filed as it is (an OLE2 compound file). */
  msg: { label: 'Microsoft Outlook Email Message', code: 'x-fmt/430', lijst: PRONOM },
  /** A chat decision's self-contained HTML rendering. */
  html: { label: 'Hypertext Markup Language 5', code: 'fmt/471', lijst: PRONOM },
  /** A chat message's JSON source beside its rendering. */
  json: { label: 'JSON Data Interchange Format', code: 'fmt/817', lijst: PRONOM },
} as const satisfies Readonly<Record<string, MdtoBegrip>>;

/** The PRONOM format of a record's stored file, by its extension and kind. */
export function pronomFormat(record: ExportRecord): MdtoBegrip {
  const name = record.fileName.toLowerCase();
  if (name.endsWith('.json')) return PRONOM_FORMATS.json;
  if (name.endsWith('.html') || name.endsWith('.htm')) return PRONOM_FORMATS.html;
  if (name.endsWith('.msg')) return PRONOM_FORMATS.msg;
  return record.metadata.sourceKind === 'chat' ? PRONOM_FORMATS.html : PRONOM_FORMATS.mime;
}

const EVENTS = 'Begrippenlijst EventTypeLijst MDTO';
const WAARDERINGEN = 'Begrippenlijst Waarderingen MDTO';

/**
 * MDTO's own value lists that the export uses, spelled as the normative begrippenlijsten
 * (NationaalArchief/MDTO-Metagegevensschema, `begrippenlijsten.md`): the EventTypeLijst's
 * Opname ("opname van een informatieobject in een applicatie ... na creatie of ontvangst"),
 * Verzending and Ontvangst "door de archiefvormer", ChecksumAlgoritme's `SHA-256`, and
 * BeperkingGebruikTypeLijst's "Nader te bepalen" for what nobody assessed yet.
 */
export const MDTO_TERMS = {
  archiefstuk: { label: 'Archiefstuk', lijst: 'Begrippenlijst Aggregatieniveaus MDTO' },
  sha256: { label: 'SHA-256', lijst: 'Begrippenlijst ChecksumAlgoritme MDTO' },
  opname: { label: 'Opname', lijst: EVENTS },
  ontvangst: { label: 'Ontvangst', lijst: EVENTS },
  verzending: { label: 'Verzending', lijst: EVENTS },
  naderTeBepalen: {
    label: 'Nader te bepalen',
    lijst: 'Begrippenlijst BeperkingGebruikTypeLijst MDTO',
  },
} as const satisfies Readonly<Record<string, MdtoBegrip>>;

/** MDTO's closed list Waarderingen; "Nader te bepalen" when it is not known. */
export const WAARDERINGEN_MDTO: Readonly<Record<WaarderingCode, MdtoBegrip>> = {
  B: { label: 'Blijvend te bewaren', code: 'B', lijst: WAARDERINGEN },
  V: { label: 'Tijdelijk te bewaren', code: 'V', lijst: WAARDERINGEN },
  N: { label: 'Nader te bepalen', code: 'N', lijst: WAARDERINGEN },
};

/** The list the Woo assessment's levels come from, as MDTO's beperkingGebruikType. */
export const WOO_ASSESSMENT_LIST = 'Wet open overheid, openbaarheid (Bronvast)';
