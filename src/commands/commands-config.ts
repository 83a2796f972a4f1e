import type { SiteLocation } from '../graph/index';
import type { AuthConfig } from '../host/index';

/** Where the commands file to and how they sign in: the same settings as the task pane. */
export interface CommandsConfig {
  readonly graphBaseUrl: string;
  readonly auth: AuthConfig;
  readonly site: SiteLocation;
  readonly organisationDomains: readonly string[];
}

// Fixed at build time (webpack DefinePlugin); the workbench frame overrides them.
const PRODUCTION: CommandsConfig = {
  graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  auth: {
    mode: 'msal',
    clientId: process.env.BRONVAST_CLIENT_ID ?? '',
    dialogUrl: `${globalThis.location?.origin ?? ''}/signin.html`,
  },
  site: {
    hostname: process.env.BRONVAST_SITE_HOSTNAME ?? 'bronvast.sharepoint.com',
    path: process.env.BRONVAST_SITE_PATH ?? '/sites/informatiebeheer',
  },
  organisationDomains: (process.env.BRONVAST_ORGANISATION_DOMAINS ?? 'bronvast.example')
    .split(',')
    .filter(Boolean),
};

/**
 * The build's settings, with what a hosting page put in `bronvastConfig` before the commands
 * loaded (the workbench points them at the local record system with a dev token this way).
 */
export function readCommandsConfig(): CommandsConfig {
  const override: unknown = Reflect.get(globalThis, 'bronvastConfig');
  if (typeof override !== 'object' || override === null) return PRODUCTION;
  return { ...PRODUCTION, ...override };
}
