import type { LocalizedText } from '../../core/woo';
import type { UiLanguage } from '../language';
import type { EmlError, JsonMessageError } from '../../mime';

/** The error codes of the MIME adapter, which every surface that reads mail can meet. */
export type MimeErrorCode = EmlError | JsonMessageError;

const EML_ERRORS: Readonly<Record<EmlError, LocalizedText>> = {
  'empty-input': { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  'binary-content': {
    nl: 'Dit is geen e-mailbericht maar een ander soort bestand (binaire inhoud).',
    en: 'This is not an e-mail message but another kind of file (binary content).',
  },
  'not-a-mime-message': {
    nl: 'Dit is geen e-mailbericht: de kopregels (Van, Aan, Onderwerp, Datum) ontbreken.',
    en: 'This is not an e-mail message: the header lines (From, To, Subject, Date) are missing.',
  },
  'unreadable-mime': {
    nl: 'Het e-mailbericht is beschadigd of te ingewikkeld opgebouwd om te lezen.',
    en: 'The e-mail message is damaged or too deeply structured to read.',
  },
};

const JSON_ERRORS: Readonly<Record<JsonMessageError, LocalizedText>> = {
  'not-an-object': {
    nl: 'Dit is geen bericht: verwacht een JSON-object met velden als id, subject en body.',
    en: 'This is not a message: expected a JSON object with fields such as id, subject and body.',
  },
  'missing-id': { nl: 'Het veld "id" ontbreekt.', en: 'The field "id" is missing.' },
  'invalid-id': {
    nl: 'Het veld "id" moet een niet-lege tekst of een getal zijn.',
    en: 'The field "id" must be a non-empty text or a number.',
  },
  'invalid-subject': {
    nl: 'Het veld "subject" moet tekst zijn.',
    en: 'The field "subject" must be text.',
  },
  'invalid-from': {
    nl: 'Het veld "from" moet één afzender zijn, als "Naam <adres@domein.nl>".',
    en: 'The field "from" must be one sender, as "Name <address@domain.com>".',
  },
  'invalid-to': {
    nl: 'Het veld "to" moet e-mailadressen bevatten, als "Naam <adres@domein.nl>".',
    en: 'The field "to" must hold e-mail addresses, as "Name <address@domain.com>".',
  },
  'invalid-cc': {
    nl: 'Het veld "cc" moet e-mailadressen bevatten, als "Naam <adres@domein.nl>".',
    en: 'The field "cc" must hold e-mail addresses, as "Name <address@domain.com>".',
  },
  'invalid-date': {
    nl: 'Het veld "date" is geen datum (verwacht ISO 8601 of de datumnotatie van e-mail).',
    en: 'The field "date" is not a date (expected ISO 8601 or the e-mail date format).',
  },
  'invalid-body': { nl: 'Het veld "body" moet tekst zijn.', en: 'The field "body" must be text.' },
};

const ERRORS: Readonly<Record<MimeErrorCode, LocalizedText>> = { ...EML_ERRORS, ...JSON_ERRORS };

/**
 * The sentence for an error code of the MIME adapter. Surfaces describe their own codes in
 * their own texts file and hand the MIME adapter's to this one.
 */
export function describeError(code: MimeErrorCode, lang: UiLanguage): string {
  return ERRORS[code][lang];
}

/** The codes `describeError` has a sentence for (for the surfaces' completeness tests). */
export const DESCRIBED_ERROR_CODES = Object.keys(ERRORS).filter(isMimeErrorCode);

function isMimeErrorCode(code: string): code is MimeErrorCode {
  return Object.hasOwn(ERRORS, code);
}
