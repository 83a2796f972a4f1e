import { DEFAULT_LIST_NAMES, type SiteListNames } from '../site-ids';
import { auditListSpec } from './audit-list';
import { coverageListSpec } from './coverage-list';
import { dossiersListSpec } from './dossiers-list';
import type { ListSpec } from './list-spec';
import { recordsLibrarySpec } from './records-library';
import { settingsLibrarySpec } from './settings-library';
import { wooDocumentsListSpec, wooLogListSpec, wooRequestsListSpec } from './woo-lists';

/**
 * Every list Bronvast needs on its site, in the order provisioning creates them. This is the
 * one schema source: `scripts/provision.ts`, `bronvast doctor` and the local record system's
 * demo site all read it. Adding a list is adding its spec here.
 */
export function siteSchema(names: Partial<SiteListNames> = {}): readonly ListSpec[] {
  const lists = { ...DEFAULT_LIST_NAMES, ...names };
  return [
    recordsLibrarySpec(lists.records),
    dossiersListSpec(lists.dossiers),
    auditListSpec(lists.audit),
    settingsLibrarySpec(),
    wooRequestsListSpec(),
    wooLogListSpec(),
    wooDocumentsListSpec(),
    coverageListSpec(),
  ];
}
