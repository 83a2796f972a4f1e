import type { LocalizedText } from '../../core/woo';
import type { UiLanguage } from '../../texts';
import type { WooUsageError } from './woo-args';

/** Everything `bronvast woo` can fail on, as codes. */
export type WooError =
  | WooUsageError
  | 'missing-token'
  | 'site-incomplete'
  | 'request-not-found'
  | 'zaaknummer-taken'
  | 'selection-empty'
  | 'document-failed'
  | 'invalid-metadata'
  | 'output-unwritable'
  | 'graph-failed';

const ERRORS: Readonly<Record<WooError, LocalizedText>> = {
  'unknown-command': {
    nl: 'Kies request, search of package.',
    en: 'Choose request, search or package.',
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
  'invalid-zaaknummer': {
    nl: 'Het zaaknummer mag alleen letters, cijfers, punten en streepjes bevatten (zoals WOO-2025-0042).',
    en: 'The zaaknummer may hold letters, digits, dots and hyphens only (such as WOO-2025-0042).',
  },
  'invalid-date': {
    nl: 'Een datum heeft de vorm JJJJ-MM-DD.',
    en: 'A date has the form YYYY-MM-DD.',
  },
  'missing-text': {
    nl: '--text met de tekst van het verzoek ontbreekt.',
    en: '--text with the request text is missing.',
  },
  'invalid-query': {
    nl: 'De zoekvraag is leeg, niet gesloten of bevat een eigenschap (zoals path:); gebruik de filteropties.',
    en: 'The query is empty, unclosed or names a property (such as path:); use the filter options.',
  },
  'invalid-kind': { nl: '--kind is mail of chat.', en: '--kind is mail or chat.' },
  'missing-out': {
    nl: '--out met het zip-bestand ontbreekt.',
    en: '--out with the zip file is missing.',
  },
  'missing-organisation': {
    nl: 'Geef de organisatie voor DiWoo: --organisation TOOI-URI en --organisation-name NAAM (of BRONVAST_ORGANISATION en BRONVAST_ORGANISATION_NAME).',
    en: 'Give the organisation for DiWoo: --organisation TOOI-URI and --organisation-name NAME (or BRONVAST_ORGANISATION and BRONVAST_ORGANISATION_NAME).',
  },
  'missing-token': {
    nl: 'BRONVAST_GRAPH_TOKEN ontbreekt.',
    en: 'BRONVAST_GRAPH_TOKEN is missing.',
  },
  'site-incomplete': {
    nl: 'De site mist lijsten van Bronvast; voer de inrichting uit (npm run provision).',
    en: 'The site lacks Bronvast lists; run the provisioning (npm run provision).',
  },
  'request-not-found': {
    nl: 'Er is geen Woo-verzoek met dit zaaknummer.',
    en: 'There is no Woo request with this zaaknummer.',
  },
  'zaaknummer-taken': {
    nl: 'Er is al een Woo-verzoek met dit zaaknummer.',
    en: 'A Woo request with this zaaknummer exists already.',
  },
  'selection-empty': {
    nl: 'De selectie van dit verzoek is leeg.',
    en: "This request's selection is empty.",
  },
  'document-failed': {
    nl: 'Een document kon niet worden verwerkt; er is geen pakket geschreven.',
    en: 'A document could not be processed; no package was written.',
  },
  'invalid-metadata': {
    nl: 'De DiWoo-metadata van een document voldoet niet aan het schema; er is geen pakket geschreven.',
    en: "A document's DiWoo metadata does not meet the schema; no package was written.",
  },
  'output-unwritable': {
    nl: 'Het pakket kan daar niet worden geschreven.',
    en: 'The package cannot be written there.',
  },
  'graph-failed': { nl: 'Het archiefsysteem gaf een fout.', en: 'The record system failed.' },
};

/** The line that says what went wrong, with the culprit. */
export function wooErrorLine(error: WooError, detail: string, lang: UiLanguage): string {
  const sentence = ERRORS[error][lang];
  return detail === '' ? `bronvast woo: ${sentence}` : `bronvast woo: ${sentence} (${detail})`;
}

/** Usage of `bronvast woo`. */
export function wooUsage(lang: UiLanguage): string {
  const lines = lang === 'en' ? ['Usage:'] : ['Gebruik:'];
  return [
    ...lines,
    '  bronvast woo request --graph-url URL --site HOST:/sites/PATH --zaaknummer Z --received YYYY-MM-DD --text "..." [--requester NAME] [--period-from D] [--period-to D]',
    '  bronvast woo search  --graph-url URL --site HOST:/sites/PATH --request Z [--from D] [--to D] [--dossier K] [--category 3.3.2a] [--kind mail|chat] [--size N] [--add] QUERY',
    '  bronvast woo package --graph-url URL --site HOST:/sites/PATH --request Z --out FILE.zip [--organisation TOOI-URI --organisation-name NAME]',
    '',
    lang === 'en'
      ? 'The token comes from BRONVAST_GRAPH_TOKEN. search prints one JSON line per hit; --add adds the hits to the selection.'
      : 'Het token komt uit BRONVAST_GRAPH_TOKEN. search schrijft een JSON-regel per treffer; --add voegt de treffers toe aan de selectie.',
  ].join('\n');
}
