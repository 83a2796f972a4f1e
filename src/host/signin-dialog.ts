import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { graphScopes, OUTLOOK_SCOPES } from './auth-config';
import type { DialogTokenMessage } from './dialog-token';
import { office } from './office';

/** What the sign-in page needs: the app registration and, optionally, other scopes. */
export interface SignInPageConfig {
  readonly clientId: string;
  readonly authority?: string;
  readonly scopes?: readonly string[];
}

/** Seams for tests: the MSAL client and where the message goes. */
export interface SignInPageDependencies {
  readonly client?: IPublicClientApplication;
  readonly send?: (message: string) => void;
}

const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * Runs in `signin.html`, the page the Office dialog opens where nested app authentication is
 * missing: the first visit sends the user to Microsoft's sign-in (redirect); back on the page,
 * it hands the token to the pane with `messageParent` (see `acquireDialogToken`). The token
 * cache lives in sessionStorage, never localStorage.
 */
export async function completeDialogSignIn(
  config: SignInPageConfig,
  dependencies: SignInPageDependencies = {},
): Promise<void> {
  const send =
    dependencies.send ?? ((message: string) => office().context.ui?.messageParent?.(message));
  const scopes = graphScopes(config.scopes ?? OUTLOOK_SCOPES);
  try {
    const client =
      dependencies.client ??
      (await createStandardPublicClientApplication({
        auth: {
          clientId: config.clientId,
          authority: config.authority ?? 'https://login.microsoftonline.com/organizations',
        },
        cache: { cacheLocation: 'sessionStorage' },
      }));
    const result = await client.handleRedirectPromise();
    if (result === null) return await client.loginRedirect({ scopes });
    send(JSON.stringify(tokenMessage(result)));
  } catch (error) {
    const code =
      error instanceof Error && 'errorCode' in error ? String(error.errorCode) : 'sign-in-failed';
    send(JSON.stringify({ kind: 'error', code } satisfies DialogTokenMessage));
  }
}

function tokenMessage(result: AuthenticationResult): DialogTokenMessage {
  const expiresOn = result.expiresOn?.getTime() ?? Date.now() + ONE_HOUR_MS;
  return { kind: 'token', accessToken: result.accessToken, expiresOn };
}
