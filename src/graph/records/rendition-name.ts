/**
 * A record's plain-text rendition lies beside it under the record's own name with `.txt` added
 * (`2024-03-06 0712 - ... .eml.txt`); a record itself is never a `.txt` file.
 */
export const RENDITION_SUFFIX = '.txt';

/** The library path of a record's rendition. */
export const renditionPath = (recordPath: string): string => `${recordPath}${RENDITION_SUFFIX}`;

/**
 * Whether a library item is a record's rendition rather than a record, by its `FileLeafRef`:
 * the review queue, the exports and the dashboard list records only.
 */
export function isRenditionName(fileLeafRef: unknown): boolean {
  return typeof fileLeafRef === 'string' && fileLeafRef.toLowerCase().endsWith(RENDITION_SUFFIX);
}
