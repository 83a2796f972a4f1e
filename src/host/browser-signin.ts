import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { graphScopes, type TokenProvider } from './auth-config';
import { SURFACE_SCOPES } from './graph-scopes';
import { SignInError } from './SignInError';

/**
 * The delegated scopes of the review page: `Sites.ReadWrite.All` for the records library and
 * the audit and dossier lists; `User.Read.All` for a filer's department on the dashboard.
 */
export const REVIEW_SCOPES: readonly string[] = SURFACE_SCOPES.review;

/** The app registration a web page signs in with. */
export interface BrowserSignInConfig {
  readonly clientId: string;
  /** `https://login.microsoftonline.com/{tenant}`. */
  readonly authority: string;
  readonly scopes?: readonly string[];
}

/** Who signed in, and how to get their Graph tokens; or the page is on its way to sign-in. */
export type BrowserSignIn =
  | {
      readonly kind: 'signed-in';
      readonly user: { readonly address: string; readonly displayName: string };
      readonly tokenProvider: TokenProvider;
    }
  | { readonly kind: 'redirecting' };

/** Seam for tests: the MSAL client. */
export interface BrowserSignInDependencies {
  readonly client?: IPublicClientApplication;
}

/**
 * Signs a web page (the review page) in with MSAL's redirect flow: back from Microsoft's sign-in
 * the account is taken from the redirect, else from the cache; without one the page is sent to
 * sign in. Tokens come silently; when Entra ID asks for interaction, the page redirects again.
 * The cache lives in sessionStorage, never localStorage.
 */
export async function signInBrowserPage(
  config: BrowserSignInConfig,
  dependencies: BrowserSignInDependencies = {},
): Promise<BrowserSignIn> {
  const scopes = graphScopes(config.scopes ?? REVIEW_SCOPES);
  const client =
    dependencies.client ??
    (await createStandardPublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority },
      cache: { cacheLocation: 'sessionStorage' },
    }));
  const result = await client.handleRedirectPromise();
  const account = result?.account ?? client.getActiveAccount() ?? client.getAllAccounts()[0];
  if (account === undefined || account === null) {
    await client.loginRedirect({ scopes });
    return { kind: 'redirecting' };
  }
  client.setActiveAccount(account);
  return {
    kind: 'signed-in',
    user: { address: account.username, displayName: account.name ?? account.username },
    tokenProvider: () => silentToken(client, account, scopes),
  };
}

async function silentToken(
  client: IPublicClientApplication,
  account: AccountInfo,
  scopes: string[],
): Promise<string> {
  try {
    return (await client.acquireTokenSilent({ account, scopes })).accessToken;
  } catch (error: unknown) {
    if (error instanceof InteractionRequiredAuthError) {
      await client.acquireTokenRedirect({ account, scopes });
      throw new SignInError('sign-in-failed', 'interaction required', { cause: error });
    }
    throw new SignInError('sign-in-failed', '', { cause: error });
  }
}
