import type { IPublicClientApplication } from '@azure/msal-browser';
import { devToken, graphScopes, type AuthConfig, type TokenProvider } from './auth-config';
import { teamsScopes } from './graph-scopes';
import type { CreateNestableClient } from './naa-token';
import type { TeamsApi } from './teams-api';

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

export { teamsScopes } from './graph-scopes';

/**
 * The Graph token provider in Teams. `dev`: the local record system's token. `msal`: nested app
 * authentication when Teams recommends it (`app.initialize()` must have run), silent first;
 * when NAA is not available or fails, Teams' own sign-in popup (`authentication.authenticate`)
 * on the configured sign-in page, whose token is kept in memory.
 */
export function createTeamsTokenProvider(
  teams: TeamsApi,
  config: AuthConfig,
  createClient?: CreateNestableClient,
): TokenProvider {
  if (config.mode === 'dev') {
    const token = devToken(config.upn, config.scopes ?? teamsScopes());
    return () => Promise.resolve(token);
  }
  const scopes = graphScopes(config.scopes ?? teamsScopes());
  let client: Promise<IPublicClientApplication> | null = null;
  let popupToken: string | null = null;
  const popup = async (): Promise<string> => {
    popupToken ??= await teams.authenticate({ url: config.dialogUrl, width: 600, height: 535 });
    return popupToken;
  };
  return async () => {
    if (popupToken !== null || !teams.isNAAChannelRecommended()) return popup();
    // MSAL loads only when a token is first needed, so it stays out of the tab's first view.
    const naa = await import('./naa-token');
    client ??= (createClient ?? naa.createNestableClient)(
      config.clientId,
      config.authority ?? DEFAULT_AUTHORITY,
    );
    try {
      return await naa.acquireNaaToken(await client, scopes);
    } catch {
      client = null;
      return popup();
    }
  };
}
