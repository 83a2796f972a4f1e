import type { TeamsApi, TeamsRawContext, TeamsTabConfig } from '../../host/teams-api';

/** Where the stand-in says the tab is open, and as whom. */
export interface TeamsStandInOptions {
  readonly context: () => Promise<TeamsRawContext>;
  /** Runs first in `initialize()` (the workbench reads its config there). */
  readonly ready?: () => Promise<void>;
  /** Receives what a configuration page saves. */
  readonly onSave?: (config: TeamsTabConfig) => void;
}

/**
 * The workbench's stand-in for teams-js, as the Office stand-in is for Office.js: a context for
 * a chat, channel or personal tab, a configuration save that succeeds at once, and sign-in left
 * to the dev token (NAA is not offered and the popup is never needed).
 */
export function createTeamsStandIn(options: TeamsStandInOptions): TeamsApi & {
  /** Presses "Opslaan" on the configuration page; resolves when the handler notified. */
  save(): Promise<'saved' | 'failed'>;
} {
  let saveHandler: Parameters<TeamsApi['registerOnSaveHandler']>[0] | null = null;
  let initialized = false;
  return {
    initialize: async () => {
      await options.ready?.();
      initialized = true;
    },
    getContext: async () => {
      if (!initialized) throw new Error('app.initialize() first');
      return options.context();
    },
    registerOnSaveHandler: (handler) => {
      saveHandler = handler;
    },
    setConfig: async (config) => options.onSave?.(config),
    setValidityState: () => undefined,
    isNAAChannelRecommended: () => false,
    authenticate: () => Promise.reject(new Error('no sign-in popup in the workbench')),
    save: () =>
      new Promise((resolve) => {
        if (saveHandler === null) {
          resolve('failed');
          return;
        }
        saveHandler({
          notifySuccess: () => resolve('saved'),
          notifyFailure: () => resolve('failed'),
        });
      }),
  };
}
