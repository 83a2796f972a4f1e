/**
 * Why a field of an exported mail could not be read. The message is still assessed: the field
 * is kept as its text and left out (a redacted sender, an OCR'd date).
 */
export type UnreadFieldCode =
  | 'invalid-subject'
  | 'invalid-from'
  | 'invalid-to'
  | 'invalid-cc'
  | 'invalid-date'
  | 'invalid-body';

/** A field that could not be read: why, and its text as the input gave it. */
export interface UnreadField {
  readonly code: UnreadFieldCode;
  readonly text: string;
}

/** The input's value as text, for a note that names what was not read. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
