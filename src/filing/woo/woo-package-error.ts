/**
 * Why a decision package could not be made, as a code: no such request, nothing selected, a
 * document that could not be read or written, or DiWoo metadata its schema refuses.
 */
export type WooPackageErrorCode =
  'request-not-found' | 'selection-empty' | 'document-failed' | 'invalid-metadata';

/**
 * A decision package that could not be made: the code, and for `document-failed` the document
 * that failed (its title and key; for `invalid-metadata` the first document whose metadata fails), so the coordinator knows where to look.
 */
export class WooPackageError extends Error {
  override readonly name = 'WooPackageError';

  constructor(
    readonly code: WooPackageErrorCode,
    readonly document?: { readonly key: string; readonly title: string },
    options?: { readonly cause?: unknown },
  ) {
    super(document === undefined ? code : `${code}: ${document.title} (${document.key})`, options);
  }
}

/** Whether a value is a WooPackageError (by name too, so it works across frames). */
export function isWooPackageError(value: unknown): value is WooPackageError {
  return (
    value instanceof WooPackageError || (value instanceof Error && value.name === 'WooPackageError')
  );
}
