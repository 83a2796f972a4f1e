/**
 * The text of a plain-text document: UTF-8 (a byte order mark dropped), else Windows-1252, the
 * encoding of text files saved by Windows programs without one.
 */
export function plainText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
