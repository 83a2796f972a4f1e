/** The languages Bronvast speaks: Dutch by default, English on request. */
export type UiLanguage = 'nl' | 'en';

/** Maps a BCP 47 tag such as `en-GB` or `nl-NL` to a `UiLanguage`: `en-*` gives 'en', all else 'nl'. */
export function languageOf(tag: string): UiLanguage {
  return /^en(-|$)/i.test(tag.trim()) ? 'en' : 'nl';
}
