import { InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { placeOf, registerTabSave, startTeams } from './teams';
import type { TeamsApi, TeamsRawContext, TeamsSaveEvent } from './teams-api';
import { createTeamsTokenProvider, teamsScopes } from './teams-auth';

function aTeams(context: Partial<TeamsRawContext> = {}, overrides: Partial<TeamsApi> = {}) {
  const calls: string[] = [];
  const api: TeamsApi = {
    initialize: async () => void calls.push('initialize'),
    getContext: async () => {
      calls.push('getContext');
      return { app: { locale: 'nl-nl' }, page: { id: 'bronvast' }, ...context };
    },
    registerOnSaveHandler: () => undefined,
    setConfig: async () => undefined,
    setValidityState: () => undefined,
    isNAAChannelRecommended: () => true,
    authenticate: async () => 'popup-token',
    ...overrides,
  };
  return { api, calls };
}

describe('the Teams host', () => {
  it('reads a chat, a channel or the personal app from the context', () => {
    const base = { app: { locale: 'en-us' }, page: { id: 'x' } };
    expect(placeOf({ ...base, chat: { id: '19:a@thread.v2' } })).toEqual({
      kind: 'chat',
      chatId: '19:a@thread.v2',
    });
    expect(
      placeOf({ ...base, channel: { id: '19:c@thread.tacv2' }, team: { groupId: 'g1' } }),
    ).toEqual({
      kind: 'channel',
      teamId: 'g1',
      channelId: '19:c@thread.tacv2',
    });
    expect(placeOf(base)).toEqual({ kind: 'personal' });
  });

  it('initialises before reading the context, and reports the locale Teams gives', async () => {
    const dutch = aTeams({ chat: { id: 'c' }, user: { userPrincipalName: 'a@b.nl' } });
    const context = await startTeams(dutch.api);
    expect(dutch.calls).toEqual(['initialize', 'getContext']);
    expect(context).toMatchObject({
      locale: 'nl-nl',
      userPrincipalName: 'a@b.nl',
      frame: 'content',
    });
    const english = aTeams({ app: { locale: 'en-gb' } });
    expect((await startTeams(english.api)).locale).toBe('en-gb');
  });

  it('saves the tab configuration when Teams asks, and reports a failure', async () => {
    let handler: ((save: TeamsSaveEvent) => void) | undefined;
    const saved: string[] = [];
    let valid = false;
    const { api } = aTeams(
      {},
      {
        registerOnSaveHandler: (h) => (handler = h),
        setConfig: async (config) => void saved.push(config.contentUrl),
        setValidityState: (v) => (valid = v),
      },
    );
    registerTabSave(api, () => ({
      entityId: 'bronvast',
      contentUrl: 'https://x/teams.html',
      suggestedDisplayName: 'Bronvast',
    }));
    expect(valid).toBe(true);
    const outcome = await new Promise<string>((resolve) =>
      handler?.({
        notifySuccess: () => resolve('ok'),
        notifyFailure: (r) => resolve(`failed ${r ?? ''}`),
      }),
    );
    expect(outcome).toBe('ok');
    expect(saved).toEqual(['https://x/teams.html']);
  });
});

describe('sign-in in Teams', () => {
  const msal = { mode: 'msal', clientId: 'id', dialogUrl: 'https://x/auth.html' } as const;

  it('takes a token silently through nested app authentication', async () => {
    const client = {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      acquireTokenSilent: async () => ({ accessToken: 'naa-token' }),
    } as unknown as IPublicClientApplication;
    const { api } = aTeams();
    const provider = createTeamsTokenProvider(api, msal, async () => client);
    expect(await provider()).toBe('naa-token');
  });

  it("falls back to Teams' sign-in popup when NAA is not recommended or fails", async () => {
    const { api } = aTeams({}, { isNAAChannelRecommended: () => false });
    expect(await createTeamsTokenProvider(api, msal)()).toBe('popup-token');
    const failing = {
      getActiveAccount: () => null,
      getAllAccounts: () => [],
      acquireTokenSilent: async () => {
        throw new InteractionRequiredAuthError('interaction_required', 'sign in');
      },
      acquireTokenPopup: async () => {
        throw new Error('popup blocked');
      },
    } as unknown as IPublicClientApplication;
    const withNaa = aTeams();
    expect(await createTeamsTokenProvider(withNaa.api, msal, async () => failing)()).toBe(
      'popup-token',
    );
  });

  it('asks for the send scopes, as the tab offers the reply, and the channel title scope', async () => {
    expect(teamsScopes()).toEqual(
      expect.arrayContaining(['ChatMessage.Send', 'ChannelMessage.Send']),
    );
    expect(teamsScopes()).toContain('Channel.ReadBasic.All');
    const token = await createTeamsTokenProvider(aTeams().api, { mode: 'dev', upn: 'a@b.nl' })();
    expect(token).toBe(`dev:a@b.nl;scp=${teamsScopes().join(' ')}`);
  });
});
