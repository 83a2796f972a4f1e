import { readOrganisationDomains } from '../core/vocabulary';
import type { AuthConfig } from './auth-config';

/** Where the add-in files to and how it signs in: shared by the task pane and the commands. */
export interface AddinConfig {
  readonly graphBaseUrl: string;
  readonly auth: AuthConfig;
  /** The record site: hostname (e.g. `contoso.sharepoint.com`) and server-relative path. */
  readonly site: { readonly hostname: string; readonly path: string };
  /** Mail domains of the organisation (parties outside are external); empty: the sender's. */
  readonly organisationDomains: readonly string[];
  /**
   * The records managers' Entra ID group (object id): only an adjustment one of them stored is
   * applied. Empty: none is (the build names no group).
   */
  readonly recordsManagersGroup: string;
}

// Fixed at build time (webpack DefinePlugin) for a tenant.
const BUILD: AddinConfig = {
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
  organisationDomains: readOrganisationDomains(process.env.BRONVAST_ORGANISATION_DOMAINS),
  recordsManagersGroup: process.env.BRONVAST_RECORDS_MANAGERS_GROUP ?? '',
};

/**
 * What a hosting page put in `bronvastConfig` before the add-in loaded (the workbench points the
 * add-in at the local record system with a dev token this way), or an empty object.
 */
export function hostingPageOverride(): object {
  const override: unknown = Reflect.get(globalThis, 'bronvastConfig');
  return typeof override === 'object' && override !== null ? override : {};
}

/** The build's settings with the hosting page's override on top. */
export function readAddinConfig(): AddinConfig {
  return { ...BUILD, ...hostingPageOverride() };
}
