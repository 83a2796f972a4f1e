import type { ExportOrganisation } from '../exports';
import type { SiteLocation } from '../graph';
import type { UiLanguage } from '../host/language';
import type { ReviewUser } from './review-services';

/** The demo records manager of the local record system (emulator/seed/users.ts). */
export const DEMO_RECORDS_MANAGER: ReviewUser = {
  address: 'informatiebeheer@bronvast.example',
  displayName: 'Marloes Bakker',
};

/** What the review page needs to start. */
export interface ReviewPageConfig {
  readonly graphBaseUrl: string;
  readonly site: SiteLocation;
  readonly user: ReviewUser;
  /** The records managers' addresses: whose changes are reviews (see records-managers.ts). */
  readonly recordsManagers: readonly string[];
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
  served: Partial<ReviewPageConfig> & { readonly graphBaseUrl: string },
  params: URLSearchParams,
): ReviewPageConfig {
  const user = served.user ?? DEMO_RECORDS_MANAGER;
  return {
    graphBaseUrl: served.graphBaseUrl,
    site: served.site ?? { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
    user,
    recordsManagers: served.recordsManagers ?? [DEMO_RECORDS_MANAGER.address],
    organisationDomains: served.organisationDomains ?? ['bronvast.example'],
    organisation: served.organisation ?? DEMO_ORGANISATION,
    language: (params.get('lang') ?? 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl',
  };
}
