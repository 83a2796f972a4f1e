import { office } from './office';

/** Outlook's display language as a BCP 47 tag (`nl-NL`, `en-GB`); `languageOf` picks the texts. */
export function displayLocale(): string {
  return office().context.displayLanguage;
}
