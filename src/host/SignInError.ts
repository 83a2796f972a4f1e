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

/** True for a `SignInError`, also one from another frame (checks `name` too). */
export function isSignInError(value: unknown): value is SignInError {
  return (
    value instanceof SignInError ||
    (value instanceof Error && value.name === 'SignInError' && 'code' in value)
  );
}
