import {
  TEAMS_STANDIN_GLOBAL,
  type TeamsApi,
  type TeamsRawContext,
  type TeamsTabConfig,
} from './teams-api';

export type { TeamsApi, TeamsTabConfig } from './teams-api';

/** Where the tab is open: a group chat, a team's channel, or the member's personal app. */
export type TeamsPlace =
  | { readonly kind: 'chat'; readonly chatId: string }
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string }
  | { readonly kind: 'personal' };

/** What the tab knows of where it runs. */
export interface TeamsContext {
  readonly place: TeamsPlace;
  /** Teams' locale as a BCP 47 tag (`nl-NL`, `en-GB`); `languageOf` picks the texts. */
  readonly locale: string;
  readonly userPrincipalName: string;
  /** `content` for the tab, `settings` for the configuration page. */
  readonly frame: string;
}

function isTeamsApi(value: unknown): value is TeamsApi {
  return typeof value === 'object' && value !== null && 'getContext' in value;
}

/** teams-js itself, wrapped to {@link TeamsApi}; loaded only outside the workbench. */
async function realTeams(): Promise<TeamsApi> {
  const teams = await import('@microsoft/teams-js');
  return {
    initialize: () => teams.app.initialize(),
    getContext: () => teams.app.getContext(),
    registerOnSaveHandler: (handler) => teams.pages.config.registerOnSaveHandler(handler),
    setConfig: (config) => teams.pages.config.setConfig(config),
    setValidityState: (valid) => teams.pages.config.setValidityState(valid),
    isNAAChannelRecommended: () => teams.nestedAppAuth.isNAAChannelRecommended(),
    authenticate: (parameters) => teams.authentication.authenticate(parameters),
  };
}

/** The stand-in when the workbench set one, else teams-js. */
export async function loadTeams(): Promise<TeamsApi> {
  const standIn: unknown = Reflect.get(globalThis, TEAMS_STANDIN_GLOBAL);
  return isTeamsApi(standIn) ? standIn : realTeams();
}

/** Maps Teams' context: a chat id, or a channel with its team's group id, else personal. */
export function placeOf(context: TeamsRawContext): TeamsPlace {
  if (context.channel?.id !== undefined && context.team?.groupId !== undefined)
    return { kind: 'channel', teamId: context.team.groupId, channelId: context.channel.id };
  if (context.chat?.id !== undefined) return { kind: 'chat', chatId: context.chat.id };
  return { kind: 'personal' };
}

/** `app.initialize()` then `app.getContext()`, read into a {@link TeamsContext}. */
export async function startTeams(teams: TeamsApi): Promise<TeamsContext> {
  await teams.initialize();
  const context = await teams.getContext();
  return {
    place: placeOf(context),
    locale: context.app.locale,
    userPrincipalName: context.user?.userPrincipalName ?? context.user?.loginHint ?? '',
    frame: context.page.frameContext ?? 'content',
  };
}

/**
 * The configuration page's save handler: saving points the tab at `config` (Teams then adds
 * it to the chat or channel). The page is valid from the start, as there is nothing to choose.
 */
export function registerTabSave(teams: TeamsApi, config: () => TeamsTabConfig): void {
  teams.registerOnSaveHandler((save) => {
    teams.setConfig(config()).then(
      () => save.notifySuccess(),
      (error: unknown) =>
        save.notifyFailure(error instanceof Error ? error.message : 'save-failed'),
    );
  });
  teams.setValidityState(true);
}
