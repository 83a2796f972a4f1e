/**
 * The part of teams-js Bronvast uses, as an interface: the real module implements it, and the
 * workbench's stand-in does too (set as `globalThis.bronvastTeams` before the tab starts).
 */
export interface TeamsApi {
  initialize(): Promise<void>;
  getContext(): Promise<TeamsRawContext>;
  registerOnSaveHandler(handler: (save: TeamsSaveEvent) => void): void;
  setConfig(config: TeamsTabConfig): Promise<void>;
  setValidityState(valid: boolean): void;
  isNAAChannelRecommended(): boolean;
  /** Teams' sign-in popup: resolves with what the sign-in page passed to notifySuccess. */
  authenticate(parameters: { url: string; width?: number; height?: number }): Promise<string>;
}

/** The fields of teams-js' `app.Context` the tab reads. */
export interface TeamsRawContext {
  readonly app: { readonly locale: string };
  readonly page: { readonly id: string; readonly frameContext?: string };
  readonly user?: { readonly userPrincipalName?: string; readonly loginHint?: string };
  readonly chat?: { readonly id: string };
  readonly channel?: { readonly id: string; readonly displayName?: string };
  readonly team?: { readonly groupId?: string; readonly displayName?: string };
}

/** The save event of a configuration page. */
export interface TeamsSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

/** What a configurable tab saves: where its content lives. */
export interface TeamsTabConfig {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl?: string;
}

/** Where the stand-in is found. */
export const TEAMS_STANDIN_GLOBAL = 'bronvastTeams';
