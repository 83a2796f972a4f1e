import { acquireDialogToken, readDialogArg } from './dialog-token';
import type { DialogEventArg, OfficeDialog } from './office-subset';
import { isSignInError } from './SignInError';

const SIGN_IN_PAGE = 'https://localhost:3000/signin.html';
const token = JSON.stringify({ kind: 'token', accessToken: 'abc', expiresOn: 5 });

/** Puts an Office whose dialog sends `arg` once it is open; returns what was closed. */
function officeWithDialog(arg: DialogEventArg): { closed: number } {
  const state = { closed: 0 };
  const handlers: ((arg: DialogEventArg) => void)[] = [];
  const dialog: OfficeDialog = {
    addEventHandler: (_type, handler) => {
      handlers.push(handler);
      if (handlers.length === 2) queueMicrotask(() => handlers[0]?.(arg));
    },
    close: () => {
      state.closed += 1;
    },
  };
  const ui = {
    displayDialogAsync: (
      _url: string,
      _options: unknown,
      done: (result: { status: 'succeeded'; value: OfficeDialog }) => void,
    ) => done({ status: 'succeeded', value: dialog }),
  };
  Object.assign(globalThis, { Office: { context: { ui } } });
  return state;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Office');
});

describe('signing in through the Office dialog', () => {
  it('settles with a SignInError when the dialog sends something that is not JSON', async () => {
    const office = officeWithDialog({ message: 'not json {' });
    const outcome = await acquireDialogToken(SIGN_IN_PAGE).catch((error: unknown) => error);
    expect(isSignInError(outcome)).toBe(true);
    expect(outcome).toMatchObject({ code: 'sign-in-failed' });
    expect(office.closed).toBe(1);
  });

  it('refuses a token sent from a page of another origin', async () => {
    officeWithDialog({ message: token, origin: 'https://evil.example' });
    await expect(acquireDialogToken(SIGN_IN_PAGE)).rejects.toMatchObject({
      name: 'SignInError',
      code: 'sign-in-failed',
    });
  });

  it('takes a token from the sign-in page itself', async () => {
    officeWithDialog({ message: token, origin: 'https://localhost:3000' });
    await expect(acquireDialogToken(SIGN_IN_PAGE)).resolves.toEqual({
      accessToken: 'abc',
      expiresOn: 5,
    });
  });

  it('reads garbage as a failed sign-in instead of throwing', () => {
    expect(() => readDialogArg({ message: '\u0000' })).not.toThrow();
    expect(readDialogArg({ message: 'null' })).toMatchObject({ code: 'sign-in-failed' });
  });
});
