import type { LocalizedText } from '../../core/woo';
import type { UiLanguage } from '../../texts';
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
  | 'graph-failed'
  | 'unlisted-organisation'
  | 'invalid-file';

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
    nl: 'Deze status bestaat niet; kies te-beoordelen, geaccepteerd, afgewezen of alle.',
    en: 'This status does not exist; choose te-beoordelen, geaccepteerd, afgewezen or alle.',
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
  'missing-organisation-name': {
    nl: 'Geef de naam van de organisatie met --organisation-name NAAM.',
    en: "Give the organisation's name with --organisation-name NAME.",
  },
  'missing-organisation-domains': {
    nl: 'Geef de maildomeinen van de organisatie met --organisation-domains (of BRONVAST_ORGANISATION_DOMAINS): zij bepalen wat verzonden en wat ontvangen is.',
    en: "Give the organisation's mail domains with --organisation-domains (or BRONVAST_ORGANISATION_DOMAINS): they decide what was sent and what received.",
  },
  'unlisted-organisation': {
    nl: 'Deze organisatie staat niet op de TOOI-lijsten die DiWoo kent.',
    en: 'This organisation is not on the TOOI lists DiWoo knows.',
  },
  'invalid-matter': {
    nl: 'Matter mag alleen letters, cijfers en - . _ ~ bevatten (minstens 2 tekens).',
    en: 'Matter may hold only letters, digits and - . _ ~ (at least 2 characters).',
  },
  'invalid-zaaknummer': {
    nl: 'Een zaaknummer mag alleen letters, cijfers, spaties en - . ( ) bevatten; scheid zaaknummers met ;.',
    en: 'A case number may hold only letters, digits, spaces and - . ( ); separate case numbers with ;.',
  },
  'unknown-context': {
    nl: 'Kies --context actief of woo-verzoek.',
    en: 'Choose --context actief or woo-verzoek.',
  },
  'unknown-waardering': {
    nl: 'Kies --waardering B, V of N (MDTO-lijst Waarderingen).',
    en: 'Choose --waardering B, V or N (MDTO list Waarderingen).',
  },
  'invalid-sitemap': {
    nl: '--sitemap is alleen voor diwoo en vraagt de https-adresprefix van de publicatiesite.',
    en: '--sitemap is for diwoo only and takes the https address prefix of the publication site.',
  },
  'invalid-file': {
    nl: 'Een bestand van de uitvoer is geen geldige XML; er is niets weggeschreven. Ongeldige bestanden:',
    en: 'A file of the export is not valid XML; nothing was written. Invalid files:',
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

/** `bronvast export: <sentence> (<detail>)`. */
export function exportErrorLine(error: ExportError, detail: string, lang: UiLanguage): string {
  const sentence = ERRORS[error][lang];
  return `bronvast export: ${sentence}${detail === '' ? '' : ` (${detail})`}`;
}
