import type { LocalizedText } from '../../core/woo';
import type { UiLanguage } from '../../texts';
import type { EmlError } from '../../mime';
// The texts themselves, not the UI's index: the command line runs in Node and loads no React.
import { describeError } from '../../texts';
import { INPUT_FILE_ERRORS } from '../shared/input-file-messages';
import type { BacklogFailure } from './backlog-outcome';

/** The failures only backlog filing meets; the MIME adapter's are described in src/texts/codes. */
type OwnFailure = Exclude<BacklogFailure, EmlError>;

const FAILURES: Readonly<Record<OwnFailure, LocalizedText>> = {
  ...INPUT_FILE_ERRORS,
  'not-a-mail-file': {
    nl: 'Dit is geen e-mailbestand (verwacht .eml, .msg of JSONL).',
    en: 'This is not a mail file (expected .eml, .msg or JSONL).',
  },
  'invalid-json': { nl: 'Dit is geen geldige JSON.', en: 'This is not valid JSON.' },
  'invalid-raw': {
    nl: 'Het veld "raw" moet de volledige tekst van het e-mailbericht zijn.',
    en: 'The field "raw" must be the full text of the e-mail message.',
  },
  'line-without-raw': {
    nl: 'Deze regel heeft geen veld "raw" met het volledige bericht; alleen dat kan worden vastgelegd.',
    en: 'This line has no field "raw" with the full message; only that can be filed.',
  },
  'msg-unreadable': {
    nl: 'Dit Outlook-bestand (.msg) is beschadigd of geen e-mailbericht.',
    en: 'This Outlook file (.msg) is damaged or not an e-mail message.',
  },
  'content-differs': {
    nl: 'Op de plek van dit record staat al een ander bestand; er is niets overschreven.',
    en: 'A different file is already where this record belongs; nothing was overwritten.',
  },
  'record-refused': {
    nl: 'Het archief weigert dit bericht vast te leggen.',
    en: 'The record system refuses to file this message.',
  },
  'assessment-failed': {
    nl: 'De beoordeling van dit bericht is mislukt door een fout in Bronvast.',
    en: 'Assessing this message failed because of an error in Bronvast.',
  },
  'graph-unauthenticated': {
    nl: 'Het archief weigert het toegangstoken (verlopen of ongeldig).',
    en: 'The record system refuses the access token (expired or invalid).',
  },
  'graph-forbidden': {
    nl: 'U hebt geen recht om in dit archief vast te leggen.',
    en: 'You may not file into this record system.',
  },
  'graph-not-found': {
    nl: 'Het archief kent de map of de lijst niet.',
    en: 'The record system does not know the folder or list.',
  },
  'graph-conflict': {
    nl: 'Het archief meldt een conflict; probeer het opnieuw.',
    en: 'The record system reports a conflict; try again.',
  },
  'graph-throttled': {
    nl: 'Het archief is te druk; voer dezelfde opdracht later opnieuw uit.',
    en: 'The record system is too busy; run the same command again later.',
  },
  'graph-network': {
    nl: 'Het archief is niet bereikbaar; voer dezelfde opdracht opnieuw uit.',
    en: 'The record system cannot be reached; run the same command again.',
  },
  'graph-unexpected': {
    nl: 'Het archief gaf een onverwacht antwoord.',
    en: 'The record system gave an unexpected answer.',
  },
};

/** The sentence for why an input was not filed. */
export function describeFailure(reason: BacklogFailure, lang: UiLanguage): string {
  return isOwn(reason) ? FAILURES[reason][lang] : describeError(reason, lang);
}

function isOwn(reason: BacklogFailure): reason is OwnFailure {
  return Object.hasOwn(FAILURES, reason);
}

/** `bronvast: <source>: <sentence>`, the line that names an input that was not filed. */
export function failureLine(source: string, reason: BacklogFailure, lang: UiLanguage): string {
  return `bronvast: ${source}: ${describeFailure(reason, lang)}`;
}

/** The line that says a mail was filed as its bytes only, because it could not be read. */
export function unreadableLine(source: string, cause: EmlError, lang: UiLanguage): string {
  const filed =
    lang === 'nl'
      ? 'Het is toch vastgelegd, als bestand, om te beoordelen.'
      : 'It was filed all the same, as a file, to be reviewed.';
  return `bronvast: ${source}: ${describeError(cause, lang)} ${filed}`;
}
