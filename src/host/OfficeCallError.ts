/**
 * A failed Office.js `*Async` call, with Office's numeric error code and name (e.g. 9030,
 * `InvalidSelection`), or an Office API that is missing on this client (`code` -1).
 */
export class OfficeCallError extends Error {
  override readonly name = 'OfficeCallError' as const;
  readonly code: number;
  readonly officeName: string;
  /** Which Office call failed, e.g. `body.getAsync`. */
  readonly call: string;

  constructor(call: string, code: number, officeName: string, message: string) {
    super(`${call} failed: ${officeName} (${code}) ${message}`.trim());
    this.call = call;
    this.code = code;
    this.officeName = officeName;
  }
}

/** The code used when an API does not exist on the running client. */
export const NOT_SUPPORTED = -1;

/**
 * True for an `OfficeCallError`, also one made in another frame or realm, where `instanceof`
 * fails: checks the shape (`name`, a numeric `code`, the `call`), as `isGraphCallError` does.
 */
export function isOfficeCallError(value: unknown): value is OfficeCallError {
  return (
    value instanceof OfficeCallError ||
    (typeof value === 'object' &&
      value !== null &&
      'name' in value &&
      value.name === 'OfficeCallError' &&
      'code' in value &&
      typeof value.code === 'number' &&
      'call' in value &&
      typeof value.call === 'string')
  );
}
