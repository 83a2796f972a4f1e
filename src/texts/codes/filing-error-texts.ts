import type { FilingErrorCode } from '../../filing';
import type { SignInErrorCode } from '../../host/SignInError';
import type { UiLanguage } from '../language';

type Sentences = Readonly<Record<UiLanguage, string>>;

/** Every code a filing can fail with on any surface: the filing's own and the sign-in's. */
export type FailureCode = FilingErrorCode | SignInErrorCode;

// One sentence per code and language: the compiler finds a code without a sentence.
const FILING_ERRORS: Readonly<Record<FailureCode, Sentences>> = {
  network: {
    nl: 'geen verbinding met het archiefsysteem. Het wordt vanzelf opnieuw geprobeerd.',
    en: 'no connection to the record system. It will be retried automatically.',
  },
  throttled: {
    nl: 'het archiefsysteem is even te druk. Het wordt vanzelf opnieuw geprobeerd.',
    en: 'the record system is busy. It will be retried automatically.',
  },
  unexpected: {
    nl: 'het archiefsysteem gaf een onverwachte fout. Probeer het later opnieuw.',
    en: 'the record system returned an unexpected error. Please try again later.',
  },
  unauthenticated: {
    nl: 'u bent niet (meer) aangemeld. Meld u opnieuw aan en probeer het nog eens.',
    en: 'you are not signed in (any more). Sign in again and retry.',
  },
  forbidden: {
    nl: 'u hebt geen rechten om in dit dossier vast te leggen.',
    en: 'you are not allowed to file in this dossier.',
  },
  'not-found': {
    nl: 'het bericht of het archief is niet gevonden.',
    en: 'the message or the records library was not found.',
  },
  conflict: {
    nl: 'het archiefsysteem meldt een conflict. Probeer het opnieuw.',
    en: 'the record system reports a conflict. Please retry.',
  },
  'content-differs': {
    nl: 'er staat al een ander bestand met deze naam in het dossier.',
    en: 'a different file with this name is already in the dossier.',
  },
  'site-not-provisioned': {
    nl: 'de archiefsite is niet ingericht voor Bronvast. Vraag de beheerder de inrichting (provisioning) uit te voeren.',
    en: 'the records site is not set up for Bronvast. Ask the administrator to run the provisioning for the site.',
  },
  'dialog-closed': {
    nl: 'het aanmeldvenster is gesloten voordat u was aangemeld. Probeer het opnieuw en meld u aan.',
    en: 'the sign-in window was closed before you signed in. Try again and sign in.',
  },
  'dialog-blocked': {
    nl: 'het aanmeldvenster kon niet worden geopend. Sta pop-upvensters voor Outlook toe en probeer het opnieuw.',
    en: 'the sign-in window could not be opened. Allow pop-ups for Outlook and try again.',
  },
  'sign-in-failed': {
    nl: 'aanmelden is niet gelukt. Probeer het opnieuw of neem contact op met de beheerder.',
    en: 'signing in did not succeed. Try again or contact your administrator.',
  },
  'no-dialog-api': {
    nl: 'deze versie van Outlook kan u niet aanmelden voor Bronvast. Vraag de beheerder om hulp.',
    en: 'this version of Outlook cannot sign you in to Bronvast. Ask your administrator for help.',
  },
  'chat-message-deleted': {
    nl: 'een gekozen bericht is intussen verwijderd. Er is niets vastgelegd; kies de berichten opnieuw.',
    en: 'a chosen message has been deleted since. Nothing was filed; choose the messages again.',
  },
  'mail-not-found': {
    nl: 'de e-mail staat niet meer in de postbus (verwijderd of verplaatst). Open hem opnieuw en leg hem dan vast.',
    en: 'the e-mail is no longer in the mailbox (deleted or moved). Open it again, then file it.',
  },
  'not-a-mail': {
    nl: 'dit is geen e-mailbericht.',
    en: 'this is not an e-mail message.',
  },
  'not-a-chat-message': {
    nl: 'dit is geen Teams-bericht.',
    en: 'this is not a Teams message.',
  },
};

/** The codes {@link describeFilingError} has a sentence for (for the completeness tests). */
export const FAILURE_CODES: readonly FailureCode[] =
  Object.keys(FILING_ERRORS).filter(isFailureCode);

function isFailureCode(code: string): code is FailureCode {
  return Object.hasOwn(FILING_ERRORS, code);
}

/** The sentence for a filing failure code: every code has one. */
export function describeFilingError(code: FailureCode, language: UiLanguage): string {
  return FILING_ERRORS[code][language];
}
