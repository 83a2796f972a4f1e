import type { LocalizedText } from '../../core/woo';
import type { GapField, RecordGap } from '../../exports';
import type { UiLanguage } from '../../host/language';
import type { ExportUsageError } from './export-args';
import type { OutputError } from './atomic-output';

/** Everything `bronvast export` can fail on, as codes. */
export type ExportError =
  | ExportUsageError
  | OutputError
  | 'missing-token'
  | 'unknown-dossier'
  | 'site-incomplete'
  | 'missing-records-managers-group'
  | 'graph-failed';

const ERRORS: Readonly<Record<ExportError, LocalizedText>> = {
  'unknown-format': {
    nl: 'Kies wat er wordt uitgevoerd: inventaris, diwoo of mdto.',
    en: 'Choose what to export: inventaris, diwoo or mdto.',
  },
  'invalid-option': {
    nl: 'Deze optie is onbekend of onvolledig.',
    en: 'This option is unknown or incomplete.',
  },
  'missing-graph-url': { nl: '--graph-url ontbreekt.', en: '--graph-url is missing.' },
  'invalid-site': {
    nl: '--site moet de vorm HOSTNAAM:/sites/PAD hebben.',
    en: '--site must have the form HOSTNAME:/sites/PATH.',
  },
  'missing-selection': {
    nl: 'Geef een of meer dossiers met --dossier KENMERK, of --all voor alle dossiers.',
    en: 'Give one or more dossiers with --dossier KENMERK, or --all for every dossier.',
  },
  'both-selections': {
    nl: 'Geef --dossier of --all, niet allebei.',
    en: 'Give --dossier or --all, not both.',
  },
  'unknown-status': {
    nl: 'Deze status bestaat niet; kies te-beoordelen, geaccepteerd of afgewezen.',
    en: 'This status does not exist; choose te-beoordelen, geaccepteerd or afgewezen.',
  },
  'missing-out': { nl: '--out ontbreekt.', en: '--out is missing.' },
  'unknown-extension': {
    nl: 'Een inventarislijst is een .xlsx- of .csv-bestand.',
    en: 'An inventory list is an .xlsx or .csv file.',
  },
  'missing-organisation': {
    nl: 'Geef de organisatie met --organisation TOOI-ID (en --organisation-name NAAM).',
    en: 'Give the organisation with --organisation TOOI-ID (and --organisation-name NAME).',
  },
  'invalid-organisation': {
    nl: 'Dit is geen TOOI-organisatie-id (https://identifier.overheid.nl/tooi/id/...).',
    en: 'This is not a TOOI organisation id (https://identifier.overheid.nl/tooi/id/...).',
  },
  'output-unwritable': {
    nl: 'Hier kan de uitvoer niet worden geschreven.',
    en: 'The output cannot be written here.',
  },
  'output-folder-not-empty': {
    nl: 'Deze map is niet leeg; kies een nieuwe of lege map.',
    en: 'This folder is not empty; choose a new or empty folder.',
  },
  'missing-token': {
    nl: 'Geen toegangstoken: zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN.',
    en: 'No access token: set the environment variable BRONVAST_GRAPH_TOKEN.',
  },
  'unknown-dossier': {
    nl: 'Dit dossier staat niet in het dossierregister.',
    en: 'This dossier is not in the dossier registry.',
  },
  'site-incomplete': {
    nl: 'Op deze site ontbreken de lijsten van Bronvast.',
    en: "This site lacks Bronvast's lists.",
  },
  'missing-records-managers-group': {
    nl: 'Een status als geaccepteerd telt alleen als een informatiebeheerder die zette: geef hun groep met --records-managers-group GROEP-ID of BRONVAST_RECORDS_MANAGERS_GROUP.',
    en: 'A status such as geaccepteerd counts only when a records manager set it: give their group with --records-managers-group GROUP-ID or BRONVAST_RECORDS_MANAGERS_GROUP.',
  },
  'graph-failed': {
    nl: 'Het archiefsysteem gaf een fout; er is niets weggeschreven.',
    en: 'The record system returned an error; nothing was written.',
  },
};

const GAPS: Readonly<Record<GapField, LocalizedText>> = {
  dossier: { nl: 'dossier', en: 'dossier' },
  assessment: { nl: 'beoordeling', en: 'assessment' },
  sent: {
    nl: 'verzend- of ontvangstdatum (datum van vastleggen gebruikt)',
    en: 'sent or received date (filing date used)',
  },
  conversation: { nl: 'gesprek (conversation id)', en: 'conversation id' },
  subject: { nl: 'onderwerp', en: 'subject' },
  'woo-category': {
    nl: 'Woo-informatiecategorie (art. 3.1 gebruikt)',
    en: 'Woo category (art. 3.1 used)',
  },
  sha256: { nl: 'SHA-256', en: 'SHA-256' },
  size: { nl: 'bestandsgrootte', en: 'file size' },
  'source-id': { nl: 'bron-id', en: 'source id' },
  attachments: {
    nl: 'namen van de bijlagen (MIME onleesbaar)',
    en: 'attachment names (MIME unreadable)',
  },
};

/** `bronvast export: <sentence> (<detail>)`. */
export function exportErrorLine(error: ExportError, detail: string, lang: UiLanguage): string {
  const sentence = ERRORS[error][lang];
  return `bronvast export: ${sentence}${detail === '' ? '' : ` (${detail})`}`;
}

/** The list of gaps printed at the end of an export. */
export function gapLines(gaps: readonly RecordGap[], lang: UiLanguage): string[] {
  if (gaps.length === 0) return [];
  const head =
    lang === 'nl'
      ? `Onvolledig: ${gaps.length} record(s) zijn geschreven met wat bekend is; dit ontbreekt:`
      : `Incomplete: ${gaps.length} record(s) were written with what is known; missing:`;
  return [
    head,
    ...gaps.map(
      (gap) =>
        `  ${gap.fileName || gap.recordId} [${gap.recordId}]: ${gap.missing.map((field) => GAPS[field][lang]).join(', ')}`,
    ),
  ];
}
