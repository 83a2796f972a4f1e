/** The ids of the Bronvast site, resolved once from hostname, path and list names. */
export interface SiteIds {
  /** `{hostname},{site-guid},{web-guid}`. */
  readonly siteId: string;
  readonly recordsListId: string;
  readonly dossiersListId: string;
  readonly auditListId: string;
  /** The records library's drive. */
  readonly recordsDriveId: string;
}

/** Where the Bronvast site is and what its lists are called. */
export interface SiteLocation {
  /** e.g. `contoso.sharepoint.com`. */
  readonly hostname: string;
  /** Server-relative path, e.g. `/sites/informatiebeheer`. */
  readonly path: string;
  readonly lists?: Partial<SiteListNames>;
}

/** The names of the three lists on the site. */
export interface SiteListNames {
  readonly records: string;
  readonly dossiers: string;
  readonly audit: string;
}

/** The list names docs/graph-surface.md fixes. */
export const DEFAULT_LIST_NAMES: SiteListNames = {
  records: 'Records',
  dossiers: 'Dossiers',
  audit: 'BronvastAudit',
};
