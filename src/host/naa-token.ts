import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from '@azure/msal-browser';

/** Builds the MSAL client; injectable so tests need no host bridge. */
export type CreateNestableClient = (
  clientId: string,
  authority: string,
) => Promise<IPublicClientApplication>;

/**
 * MSAL's nestable client, its token cache in sessionStorage (never localStorage): tokens leave
 * with the pane's browsing session.
 */
export const createNestableClient: CreateNestableClient = (clientId, authority) =>
  createNestablePublicClientApplication({
    auth: { clientId, authority },
    cache: { cacheLocation: 'sessionStorage' },
  });

/**
 * A token through nested app authentication: silently from the cache or the host's session
 * first, a popup only when MSAL says interaction is required. Other failures propagate.
 */
export async function acquireNaaToken(
  client: IPublicClientApplication,
  scopes: string[],
): Promise<string> {
  const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
  try {
    const result = await client.acquireTokenSilent(
      account === null ? { scopes } : { scopes, account },
    );
    return result.accessToken;
  } catch (error) {
    if (!(error instanceof InteractionRequiredAuthError)) throw error;
    const result = await client.acquireTokenPopup({ scopes });
    client.setActiveAccount(result.account);
    return result.accessToken;
  }
}
