import type { IPublicClientApplication } from '@azure/msal-browser';
import { devToken, graphScopes, type AuthConfig, type TokenProvider } from './auth-config';
import type { CreateNestableClient } from './naa-token';
import type { TeamsApi } from './teams-api';

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/**
 * The tab's delegated scopes: Chat.Read and ChannelMessage.Read.All (admin consent) to read the
 * conversation, Sites.ReadWrite.All to file; Mail.ReadWrite and Mail.ReadWrite.Shared for the
 * personal tab's "nog vastleggen" (read the officer's and shared mailboxes' mail, mark it filed
 * or set aside); ChatMessage.Send only when the reply is turned on.
 */
export function teamsScopes(reply: boolean): readonly string[] {
  const base = [
    'Chat.Read',
    'ChannelMessage.Read.All',
    'Sites.ReadWrite.All',
    'Mail.ReadWrite',
    'Mail.ReadWrite.Shared',
  ];
  return reply ? [...base, 'ChatMessage.Send', 'ChannelMessage.Send'] : base;
}

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
    const token = devToken(config.upn);
    return () => Promise.resolve(token);
  }
  const scopes = graphScopes(config.scopes ?? teamsScopes(false));
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
