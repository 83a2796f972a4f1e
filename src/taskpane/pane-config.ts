import type { SiteLocation } from '../graph/site-ids';
import type { AuthConfig } from '../host';

/** Where the pane files to and how it signs in. */
export interface PaneConfig {
  readonly graphBaseUrl: string;
  readonly auth: AuthConfig;
  readonly site: SiteLocation;
  /** Mail domains of the organisation (parties outside are external). */
  readonly organisationDomains: readonly string[];
  /** The IndexedDB database of the outbox. */
  readonly outboxDatabase: string;
  /** How often to look for sent mails to file (default two minutes). */
  readonly sweepIntervalMs?: number;
}

// Fixed at build time (webpack DefinePlugin) for a tenant; the workbench page overrides them.
const PRODUCTION: PaneConfig = {
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
  outboxDatabase: 'bronvast-outbox',
};

/**
 * The pane's configuration: the build's, with what a hosting page put in `bronvastConfig`
 * before the pane loaded (the workbench points it at the local record system this way).
 */
export function readPaneConfig(): PaneConfig {
  const override: unknown = Reflect.get(globalThis, 'bronvastConfig');
  if (typeof override !== 'object' || override === null) return PRODUCTION;
  return { ...PRODUCTION, ...override };
}
