import { office } from './office';

/** The languages Bronvast speaks: Dutch by default, English on request. */
export type UiLanguage = 'nl' | 'en';

/** Outlook's display language mapped to Bronvast's: English (`en-*`) gives 'en', all else 'nl'. */
export function displayLanguage(): UiLanguage {
  return languageOf(office().context.displayLanguage);
}

/** Maps a BCP 47 tag such as `en-GB` or `nl-NL` to a `UiLanguage`. */
export function languageOf(tag: string): UiLanguage {
  return /^en(-|$)/i.test(tag.trim()) ? 'en' : 'nl';
}
