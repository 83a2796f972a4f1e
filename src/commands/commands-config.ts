import { readAddinConfig, type AddinConfig } from '../host/index';

/** The commands file and sign in with the same settings as the task pane. */
export type CommandsConfig = AddinConfig;

/** The build's settings with the hosting page's override (see `readAddinConfig`). */
export const readCommandsConfig = (): CommandsConfig => readAddinConfig();
