import type { IPublicClientApplication } from '@azure/msal-browser';
import {
  devToken,
  graphScopes,
  OUTLOOK_SCOPES,
  type AuthConfig,
  type TokenProvider,
} from './auth-config';
import { acquireDialogToken, type DialogToken } from './dialog-token';
import { acquireNaaToken, createNestableClient, type CreateNestableClient } from './naa-token';
import { isSetSupported } from './office';

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';
/** Renew a dialog token this long before it expires. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/** Seams for tests: the MSAL factory, the dialog sign-in and the clock. */
export interface AuthDependencies {
  readonly createClient?: CreateNestableClient;
  readonly dialogSignIn?: (dialogUrl: string) => Promise<DialogToken>;
  readonly now?: () => number;
}

/**
 * The Graph token provider for the configured mode. `dev`: the local record system's
 * `dev:<upn>`. `msal`: nested app authentication where the client has NestedAppAuth 1.1, else
 * the Office dialog, whose token is kept in memory until shortly before it expires.
 */
export function createTokenProvider(
  config: AuthConfig,
  dependencies: AuthDependencies = {},
): TokenProvider {
  if (config.mode === 'dev') {
    const token = devToken(config.upn, config.scopes ?? OUTLOOK_SCOPES);
    return () => Promise.resolve(token);
  }
  const scopes = graphScopes(config.scopes ?? OUTLOOK_SCOPES);
  if (isSetSupported('NestedAppAuth', '1.1')) {
    const create = dependencies.createClient ?? createNestableClient;
    let client: Promise<IPublicClientApplication> | null = null;
    return async () => {
      client ??= create(config.clientId, config.authority ?? DEFAULT_AUTHORITY).catch(
        (error: unknown) => {
          client = null;
          throw error;
        },
      );
      return acquireNaaToken(await client, scopes);
    };
  }
  return dialogProvider(config.dialogUrl, dependencies);
}

function dialogProvider(dialogUrl: string, dependencies: AuthDependencies): TokenProvider {
  const signIn = dependencies.dialogSignIn ?? acquireDialogToken;
  const now = dependencies.now ?? Date.now;
  let cached: DialogToken | null = null;
  return async () => {
    if (cached !== null && cached.expiresOn - EXPIRY_MARGIN_MS > now()) return cached.accessToken;
    cached = await signIn(dialogUrl);
    return cached.accessToken;
  };
}
