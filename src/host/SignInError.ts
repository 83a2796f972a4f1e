/** Why no token could be had, as a code the surface turns into a sentence. */
export type SignInErrorCode =
  'dialog-closed' | 'dialog-blocked' | 'sign-in-failed' | 'no-dialog-api';

/** Sign-in failed or was abandoned; thrown by a token provider (failed I/O, not a state). */
export class SignInError extends Error {
  override readonly name = 'SignInError' as const;
  readonly code: SignInErrorCode;

  constructor(code: SignInErrorCode, detail = '', options?: { cause?: unknown }) {
    super(detail === '' ? code : `${code}: ${detail}`, options);
    this.code = code;
  }
}

/** Every sign-in error code, once. */
export const SIGN_IN_CODES: readonly string[] = [
  'dialog-closed',
  'dialog-blocked',
  'sign-in-failed',
  'no-dialog-api',
] satisfies readonly SignInErrorCode[];

/**
 * True for a `SignInError`, also one made in another frame or realm, where `instanceof` fails:
 * checks the shape (`name` and a known `code`), as `isGraphCallError` does.
 */
export function isSignInError(value: unknown): value is SignInError {
  return (
    value instanceof SignInError ||
    (typeof value === 'object' &&
      value !== null &&
      'name' in value &&
      value.name === 'SignInError' &&
      'code' in value &&
      typeof value.code === 'string' &&
      SIGN_IN_CODES.includes(value.code))
  );
}

/**
 * A failed sign-in as a filing failure: its code, never retried on its own (each retry could
 * open the sign-in dialog again); undefined for any other error.
 */
export function readSignInFailure(
  error: unknown,
): { readonly reason: SignInErrorCode; readonly transient: false } | undefined {
  return isSignInError(error) ? { reason: error.code, transient: false } : undefined;
}
