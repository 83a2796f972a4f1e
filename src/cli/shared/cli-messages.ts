import type { LocalizedText } from '../../core/woo';
import type { UiLanguage } from '../../texts';
// The texts themselves, not the UI's index: the command line runs in Node and loads no React.
import { describeError, type MimeErrorCode } from '../../texts';
import type { UsageError } from './usage-error';
import type { UnreadField } from '../../mime';
import type { InputError } from './input-error';
import { INPUT_FILE_ERRORS } from './input-file-messages';

/** The input errors only the command line meets; the MIME adapter's are described in src/texts/codes. */
type CliOnlyError = Exclude<InputError, MimeErrorCode>;

const INPUT_ERRORS: Readonly<Record<CliOnlyError, LocalizedText>> = {
  ...INPUT_FILE_ERRORS,
  'invalid-json': { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' },
  'invalid-raw': {
    nl: 'Het veld "raw" moet de volledige tekst van het e-mailbericht zijn.',
    en: 'The field "raw" must be the full text of the e-mail message.',
  },
  'dossiers-not-a-list': {
    nl: 'Het dossierbestand moet een JSON-lijst van dossiers zijn; er wordt zonder dossiers beoordeeld.',
    en: 'The dossier file must be a JSON array of dossiers; assessing without dossiers.',
  },
  'invalid-dossier': {
    nl: 'Dit dossier wordt overgeslagen: "id" en "title" zijn verplicht, "keywords" is een lijst van woorden.',
    en: 'This dossier is skipped: "id" and "title" are required, "keywords" is a list of words.',
  },
  'duplicate-dossier': {
    nl: 'Dit dossier wordt overgeslagen: een eerder dossier heeft hetzelfde id.',
    en: 'This dossier is skipped: an earlier dossier has the same id.',
  },
  'missing-dossier': {
    nl: 'Dit eerder vastgelegde bericht wordt overgeslagen: het veld "dossier" ontbreekt.',
    en: 'This filed message is skipped: the field "dossier" is missing.',
  },
  'assessment-failed': {
    nl: 'De beoordeling van dit bericht is mislukt door een fout in Bronvast.',
    en: 'Assessing this message failed because of an error in Bronvast.',
  },
};

const USAGE_ERRORS: Readonly<Record<UsageError, (detail: string) => LocalizedText>> = {
  'missing-command': () => ({
    nl: 'geef een opdracht, bijvoorbeeld: bronvast assess map/',
    en: 'give a command, for example: bronvast assess folder/',
  }),
  'unknown-command': (d) => ({
    nl: `onbekende opdracht "${d}"; bekend zijn: assess, file`,
    en: `unknown command "${d}"; known: assess, file`,
  }),
  'unknown-option': (d) => ({ nl: `onbekende optie ${d}`, en: `unknown option ${d}` }),
  'missing-option-value': (d) => ({
    nl: `de optie ${d} heeft een waarde nodig`,
    en: `the option ${d} needs a value`,
  }),
  'invalid-lang': (d) => ({
    nl: `--lang is nl of en, niet "${d}"`,
    en: `--lang is nl or en, not "${d}"`,
  }),
  'missing-path': () => ({
    nl: 'geef ten minste één .eml-bestand, map of JSONL-bestand',
    en: 'give at least one .eml file, folder or JSONL file',
  }),
  'missing-site': () => ({
    nl: 'geef de SharePoint-site met --site, bijvoorbeeld --site contoso.sharepoint.com:/sites/informatiebeheer',
    en: 'give the SharePoint site with --site, for example --site contoso.sharepoint.com:/sites/informatiebeheer',
  }),
  'invalid-site': (d) => ({
    nl: `--site is <hostnaam>:/sites/<pad>, niet "${d}"`,
    en: `--site is <hostname>:/sites/<path>, not "${d}"`,
  }),
  'missing-token': (d) => ({
    nl: `geen toegangstoken: zet de omgevingsvariabele ${d} (lokaal: ${d}=dev:informatiebeheer@bronvast.example)`,
    en: `no access token: set the environment variable ${d} (locally: ${d}=dev:informatiebeheer@bronvast.example)`,
  }),
  'invalid-concurrency': (d) => ({
    nl: `--concurrency is een geheel getal van 1 tot en met 64, niet "${d}"`,
    en: `--concurrency is a whole number from 1 to 64, not "${d}"`,
  }),
  'invalid-max-size': (d) => ({
    nl: `--max-size is een aantal megabytes van 1 tot en met 10240, niet "${d}"`,
    en: `--max-size is a number of megabytes from 1 to 10240, not "${d}"`,
  }),
};

/** The one-line message for input that was skipped: `bronvast: <source>: <sentence>`. */
export function inputProblemLine(source: string, error: InputError, lang: UiLanguage): string {
  const text = isCliOnly(error) ? INPUT_ERRORS[error][lang] : describeError(error, lang);
  return `bronvast: ${source}: ${text}`;
}

/**
 * The one line for a message assessed without the fields it could not read: each field's
 * sentence with the text the input gave, so the records manager sees what was left out.
 */
export function unreadFieldsLine(
  source: string,
  unread: readonly UnreadField[],
  lang: UiLanguage,
): string {
  const lead =
    lang === 'nl'
      ? 'beoordeeld zonder wat niet te lezen was'
      : 'assessed without what could not be read';
  const fields = unread.map(
    ({ code, text }) => `${describeError(code, lang)} (${JSON.stringify(text.slice(0, 80))})`,
  );
  return `bronvast: ${source}: ${lead}: ${fields.join(' ')}`;
}

/** The one-line message for a usage error, with where to find help. */
export function usageErrorLine(error: UsageError, detail: string, lang: UiLanguage): string {
  const help = lang === 'nl' ? 'zie bronvast --help' : 'see bronvast --help';
  return `bronvast: ${USAGE_ERRORS[error](detail)[lang]} (${help})`;
}

function isCliOnly(error: InputError): error is CliOnlyError {
  return Object.hasOwn(INPUT_ERRORS, error);
}
