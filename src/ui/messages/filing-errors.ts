import type { UiLanguage } from '../../host/language';

type Sentences = Readonly<Record<UiLanguage, string>>;

// The Graph adapter's error kinds and the filing's own refusals, as the pane explains them.
const FILING_ERRORS: Readonly<Record<string, Sentences>> = {
  network: {
    nl: 'geen verbinding met het archiefsysteem. Het wordt vanzelf opnieuw geprobeerd.',
    en: 'no connection to the record system. It will be retried automatically.',
  },
  throttled: {
    nl: 'het archiefsysteem is even te druk. Het wordt vanzelf opnieuw geprobeerd.',
    en: 'the record system is busy. It will be retried automatically.',
  },
  unexpected: {
    nl: 'het archiefsysteem gaf een onverwachte fout. Het wordt vanzelf opnieuw geprobeerd.',
    en: 'the record system returned an unexpected error. It will be retried automatically.',
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
  'read-failed': {
    nl: 'het bericht kon niet worden gelezen.',
    en: 'the message could not be read.',
  },
  'chat-message-deleted': {
    nl: 'een gekozen bericht is intussen verwijderd. Er is niets vastgelegd; kies de berichten opnieuw.',
    en: 'a chosen message has been deleted since. Nothing was filed; choose the messages again.',
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

/** The pane's sentence for a filing error code, or null when the shared texts should say it. */
export function describeFilingError(code: string, language: UiLanguage): string | null {
  return Object.hasOwn(FILING_ERRORS, code) ? (FILING_ERRORS[code]?.[language] ?? null) : null;
}
