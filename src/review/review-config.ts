import type { ExportOrganisation } from '../exports';
import type { SiteLocation } from '../graph';
import type { UiLanguage } from '../texts';
import type { ReviewUser } from './review-services';

/** The demo records manager of the local record system (emulator/seed/users.ts). */
export const DEMO_RECORDS_MANAGER: ReviewUser = {
  address: 'informatiebeheer@bronvast.example',
  displayName: 'Marloes Bakker',
};

/**
 * How the page signs in: the local record system's demo records manager (`npm start`), or a
 * tenant's Microsoft Entra ID through MSAL when the configuration names its client and tenant.
 */
export type ReviewAuth =
  | { readonly mode: 'demo' }
  | { readonly mode: 'msal'; readonly clientId: string; readonly authority: string };

/** The sign-in part of the page's served configuration. */
export interface ServedAuth {
  readonly clientId?: string;
  /** A tenant id or domain (`gemeente.example`). */
  readonly tenantId?: string;
}

/** What the review page needs to start. */
export interface ReviewPageConfig {
  readonly auth: ReviewAuth;
  readonly graphBaseUrl: string;
  readonly site: SiteLocation;
  readonly user: ReviewUser;
  /** The records managers' Entra ID group (object id): its members' changes are reviews. */
  readonly recordsManagersGroup: string;
  readonly organisationDomains: readonly string[];
  /** DiWoo's publisher and MDTO's archiefvormer in the page's XML exports. */
  readonly organisation: ExportOrganisation;
  readonly language: UiLanguage;
}

/** The demo organisation: the Ministry of the Interior (BZK) by its TOOI id. */
export const DEMO_ORGANISATION: ExportOrganisation = {
  tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
  name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
};

/**
 * The page's configuration: what its server sends, with the demo site, the demo records manager
 * and Dutch as defaults; `?lang=en` for English.
 */
export function reviewConfig(
  served: Partial<Omit<ReviewPageConfig, 'auth'>> & ServedAuth & { readonly graphBaseUrl: string },
  params: URLSearchParams,
): ReviewPageConfig {
  const user = served.user ?? DEMO_RECORDS_MANAGER;
  return {
    auth: reviewAuth(served),
    graphBaseUrl: served.graphBaseUrl,
    site: served.site ?? { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
    user,
    recordsManagersGroup: served.recordsManagersGroup ?? '',
    organisationDomains: served.organisationDomains ?? ['bronvast.example'],
    organisation: served.organisation ?? DEMO_ORGANISATION,
    language: (params.get('lang') ?? 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl',
  };
}

/** MSAL when both the client id and the tenant are given (not blank), else the demo sign-in. */
export function reviewAuth(served: ServedAuth): ReviewAuth {
  const clientId = served.clientId?.trim() ?? '';
  const tenant = served.tenantId?.trim() ?? '';
  if (clientId === '' || tenant === '') return { mode: 'demo' };
  return {
    mode: 'msal',
    clientId,
    authority: `https://login.microsoftonline.com/${encodeURIComponent(tenant)}`,
  };
}
