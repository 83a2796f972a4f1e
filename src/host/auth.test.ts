import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { createTokenProvider } from './auth';
import { readDialogArg } from './dialog-token';
import { installOffice, uninstallOffice } from './office-mock.fixture';
import { SignInError } from './SignInError';

afterEach(uninstallOffice);

const msal = {
  mode: 'msal',
  clientId: 'client-1',
  dialogUrl: 'https://localhost:3000/signin.html',
} as const;

/** The part of MSAL's client that nested app authentication uses, as a fake. */
function aClient(silent: () => Promise<{ accessToken: string }>) {
  const popup = jest.fn(() =>
    Promise.resolve({ accessToken: 'popup-token', account: { homeAccountId: 'a' } }),
  );
  const client = {
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    setActiveAccount: jest.fn(),
    acquireTokenSilent: jest.fn(silent),
    acquireTokenPopup: popup,
  };
  return { client, popup, asClient: client as unknown as IPublicClientApplication };
}

describe('the token provider', () => {
  it('gives the local record system’s dev token in dev mode, without Office', async () => {
    const provider = createTokenProvider({ mode: 'dev', upn: 'beleid@bronvast.example' });
    await expect(provider()).resolves.toBe(
      'dev:beleid@bronvast.example;scp=Mail.ReadWrite Mail.ReadWrite.Shared User.ReadBasic.All Sites.ReadWrite.All Sites.FullControl.All GroupMember.Read.All',
    );
  });

  it('uses nested app authentication silently where NestedAppAuth 1.1 is supported', async () => {
    installOffice({ sets: { Mailbox: '1.14', NestedAppAuth: '1.1' } });
    const fake = aClient(() => Promise.resolve({ accessToken: 'silent-token' }));
    const createClient = jest.fn(() => Promise.resolve(fake.asClient));
    const provider = createTokenProvider(msal, { createClient });
    await expect(provider()).resolves.toBe('silent-token');
    await expect(provider()).resolves.toBe('silent-token');
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(createClient).toHaveBeenCalledWith(
      'client-1',
      'https://login.microsoftonline.com/organizations',
    );
    expect(fake.client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: [
        'https://graph.microsoft.com/Mail.ReadWrite',
        'https://graph.microsoft.com/Mail.ReadWrite.Shared',
        'https://graph.microsoft.com/User.ReadBasic.All',
        'https://graph.microsoft.com/Sites.ReadWrite.All',
        'https://graph.microsoft.com/Sites.FullControl.All',
        'https://graph.microsoft.com/GroupMember.Read.All',
      ],
    });
    expect(fake.popup).not.toHaveBeenCalled();
  });

  it('opens a popup only when MSAL says interaction is required', async () => {
    installOffice({ sets: { NestedAppAuth: '1.1' } });
    const fake = aClient(() =>
      Promise.reject(new InteractionRequiredAuthError('consent_required', 'correlation-1')),
    );
    const provider = createTokenProvider(msal, {
      createClient: () => Promise.resolve(fake.asClient),
    });
    await expect(provider()).resolves.toBe('popup-token');
    expect(fake.client.setActiveAccount).toHaveBeenCalledWith({ homeAccountId: 'a' });
  });

  it('passes other MSAL failures on without a popup', async () => {
    installOffice({ sets: { NestedAppAuth: '1.1' } });
    const fake = aClient(() => Promise.reject(new Error('network_error')));
    const provider = createTokenProvider(msal, {
      createClient: () => Promise.resolve(fake.asClient),
    });
    await expect(provider()).rejects.toThrow('network_error');
    expect(fake.popup).not.toHaveBeenCalled();
  });

  it('falls back to the Office dialog and keeps its token until shortly before expiry', async () => {
    installOffice({ sets: { Mailbox: '1.9' } });
    let now = 1_000_000;
    const dialogSignIn = jest.fn(() =>
      Promise.resolve({ accessToken: `t${now}`, expiresOn: now + 60 * 60 * 1000 }),
    );
    const provider = createTokenProvider(msal, { dialogSignIn, now: () => now });
    await expect(provider()).resolves.toBe('t1000000');
    now += 50 * 60 * 1000;
    await expect(provider()).resolves.toBe('t1000000');
    now += 6 * 60 * 1000;
    await expect(provider()).resolves.toBe(`t${now}`);
    expect(dialogSignIn).toHaveBeenCalledTimes(2);
    expect(dialogSignIn).toHaveBeenCalledWith('https://localhost:3000/signin.html');
  });
});

describe('what the sign-in dialog sends', () => {
  it('reads a token message', () => {
    const message = JSON.stringify({ kind: 'token', accessToken: 'abc', expiresOn: 5 });
    expect(readDialogArg({ message })).toEqual({ accessToken: 'abc', expiresOn: 5 });
  });

  it('turns a closed dialog, an error message and garbage into sign-in errors', () => {
    expect(readDialogArg({ error: 12006 })).toMatchObject({ code: 'dialog-closed' });
    expect(
      readDialogArg({ message: JSON.stringify({ kind: 'error', code: 'consent' }) }),
    ).toMatchObject({
      code: 'sign-in-failed',
    });
    expect(readDialogArg({ message: '{"kind":"token"}' })).toBeInstanceOf(SignInError);
  });
});
