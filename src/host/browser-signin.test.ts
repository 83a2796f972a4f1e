import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { isSignInError } from './SignInError';
import { signInBrowserPage } from './browser-signin';

const account = {
  homeAccountId: 'h',
  environment: 'login.microsoftonline.com',
  tenantId: 't',
  username: 'm.bakker@gemeente.example',
  localAccountId: 'l',
  name: 'Marloes Bakker',
} satisfies AccountInfo;

interface FakeMsal {
  readonly client: IPublicClientApplication;
  readonly calls: string[];
}

function fakeMsal(options: {
  redirect?: AccountInfo;
  cached?: AccountInfo;
  silent?: () => Promise<string>;
}): FakeMsal {
  const calls: string[] = [];
  let active: AccountInfo | null = null;
  const fake = {
    handleRedirectPromise: () =>
      Promise.resolve(
        options.redirect === undefined
          ? null
          : ({ account: options.redirect } as unknown as AuthenticationResult),
      ),
    getActiveAccount: () => active,
    getAllAccounts: () => (options.cached === undefined ? [] : [options.cached]),
    setActiveAccount: (value: AccountInfo | null) => {
      active = value;
    },
    loginRedirect: (request: { scopes: string[] }) => {
      calls.push(`login ${request.scopes.join(' ')}`);
      return Promise.resolve();
    },
    acquireTokenSilent: async () => {
      calls.push('silent');
      return { accessToken: await (options.silent ?? (() => Promise.resolve('token')))() };
    },
    acquireTokenRedirect: () => {
      calls.push('redirect');
      return Promise.resolve();
    },
  };
  return { client: fake as unknown as IPublicClientApplication, calls };
}

const config = {
  clientId: 'c',
  authority: 'https://login.microsoftonline.com/gemeente.example',
};

describe('signing the review page in for a tenant', () => {
  it('sends a page without an account to Microsoft’s sign-in with the review scopes', async () => {
    const msal = fakeMsal({});
    const outcome = await signInBrowserPage(config, { client: msal.client });
    expect(outcome.kind).toBe('redirecting');
    expect(msal.calls).toEqual([
      'login https://graph.microsoft.com/Sites.ReadWrite.All https://graph.microsoft.com/User.Read.All https://graph.microsoft.com/GroupMember.Read.All',
    ]);
  });

  it('takes the account from the redirect and gets tokens silently', async () => {
    const msal = fakeMsal({ redirect: account });
    const outcome = await signInBrowserPage(config, { client: msal.client });
    if (outcome.kind !== 'signed-in') throw new Error('not signed in');
    expect(outcome.user).toEqual({
      address: 'm.bakker@gemeente.example',
      displayName: 'Marloes Bakker',
    });
    await expect(outcome.tokenProvider()).resolves.toBe('token');
    expect(msal.calls).toEqual(['silent']);
  });

  it('redirects again when Entra ID asks for interaction, and says the sign-in failed', async () => {
    const msal = fakeMsal({
      cached: account,
      silent: () =>
        Promise.reject(new InteractionRequiredAuthError('consent_required', 'consent needed')),
    });
    const outcome = await signInBrowserPage(config, { client: msal.client });
    if (outcome.kind !== 'signed-in') throw new Error('not signed in');
    const failure: unknown = await outcome.tokenProvider().catch((error: unknown) => error);
    expect(isSignInError(failure)).toBe(true);
    expect(msal.calls).toEqual(['silent', 'redirect']);
  });
});
