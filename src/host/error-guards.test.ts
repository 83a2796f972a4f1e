import { runInNewContext } from 'node:vm';
import { isOfficeCallError, OfficeCallError } from './OfficeCallError';
import { isSignInError, SignInError } from './SignInError';

/** An error made in another realm (an iframe, a dialog's window): `instanceof` fails there. */
function fromAnotherRealm(source: string): unknown {
  return runInNewContext(`(() => { const e = new Error('x'); ${source}; return e; })()`);
}

describe('the host error guards', () => {
  it('recognise a SignInError made in another realm by its shape', () => {
    const foreign = fromAnotherRealm("e.name = 'SignInError'; e.code = 'dialog-closed'");
    expect(foreign instanceof Error).toBe(false);
    expect(isSignInError(foreign)).toBe(true);
    expect(isSignInError(new SignInError('sign-in-failed'))).toBe(true);
  });

  it('refuse a SignInError look-alike without a known code', () => {
    expect(isSignInError(fromAnotherRealm("e.name = 'SignInError'; e.code = 'unknown'"))).toBe(
      false,
    );
    expect(isSignInError(fromAnotherRealm("e.name = 'SignInError'"))).toBe(false);
    expect(isSignInError({ name: 'OfficeCallError', code: 'dialog-closed' })).toBe(false);
  });

  it('recognise an OfficeCallError made in another realm by its shape', () => {
    const foreign = fromAnotherRealm(
      "e.name = 'OfficeCallError'; e.code = 9030; e.call = 'body.getAsync'; e.officeName = 'X'",
    );
    expect(isOfficeCallError(foreign)).toBe(true);
    expect(isOfficeCallError(new OfficeCallError('body.getAsync', 9030, 'X', ''))).toBe(true);
  });

  it('refuse an OfficeCallError look-alike without a numeric code and a call', () => {
    expect(isOfficeCallError(fromAnotherRealm("e.name = 'OfficeCallError'; e.code = '9030'"))).toBe(
      false,
    );
    expect(isOfficeCallError({ name: 'OfficeCallError', code: 1 })).toBe(false);
    expect(isOfficeCallError(null)).toBe(false);
  });
});
