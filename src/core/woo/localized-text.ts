/** A text in Dutch (the default) and English, for the surfaces to pick from. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}
