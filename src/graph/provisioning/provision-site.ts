import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { sendJson } from '../request';
import { findSiteId, listLists } from '../site';
import { DEFAULT_LIST_NAMES, type SiteLocation } from '../site-ids';
import type { GraphColumnDefinition, GraphList } from '../wire-types';
import { auditListSpec, dossiersListSpec, recordsLibrarySpec, type ListSpec } from './column-specs';

/** What provisioning did; both empty when the site was complete already. */
export interface ProvisionReport {
  readonly siteId: string;
  /** Lists created, by display name. */
  readonly listsCreated: readonly string[];
  /** Columns added to existing lists, as `List.Column`. */
  readonly columnsAdded: readonly string[];
}

/**
 * Creates what Bronvast needs on the site when it is missing: the records library with its
 * columns (`BronvastDedupKey` indexed), the Dossiers list and the audit list. Idempotent: a
 * second run changes nothing. Needs Sites.Manage.All (or a site owner's token).
 */
export async function provisionSite(
  client: GraphClient,
  location: SiteLocation,
): Promise<ProvisionReport> {
  const names = { ...DEFAULT_LIST_NAMES, ...location.lists };
  const siteId = await findSiteId(client, location);
  const existing = await listLists(client, siteId);
  const listsCreated: string[] = [];
  const columnsAdded: string[] = [];
  const specs = [
    recordsLibrarySpec(names.records),
    dossiersListSpec(names.dossiers),
    auditListSpec(names.audit),
  ];
  for (const spec of specs) {
    const found = existing.find(
      (list) => list.name === spec.displayName || list.displayName === spec.displayName,
    );
    if (found === undefined) {
      await createList(client, siteId, spec);
      listsCreated.push(spec.displayName);
    } else {
      const added = await addMissingColumns(client, siteId, found, spec);
      columnsAdded.push(...added.map((column) => `${spec.displayName}.${column}`));
    }
  }
  return { siteId, listsCreated, columnsAdded };
}

async function createList(client: GraphClient, siteId: string, spec: ListSpec): Promise<GraphList> {
  return sendJson<GraphList>(client, {
    method: 'POST',
    url: `/sites/${siteId}/lists`,
    json: {
      displayName: spec.displayName,
      list: { template: spec.template },
      columns: spec.columns,
    },
    label: 'provision.list',
  });
}

async function addMissingColumns(
  client: GraphClient,
  siteId: string,
  list: GraphList,
  spec: ListSpec,
): Promise<string[]> {
  const columns = await fetchAllPages<GraphColumnDefinition>(client, {
    method: 'GET',
    url: `/sites/${siteId}/lists/${list.id}/columns`,
    query: { $select: 'id,name,indexed' },
    label: 'provision.columns',
  });
  const have = new Set(columns.map((column) => column.name));
  const added: string[] = [];
  for (const column of columns.filter((candidate) => mustIndex(candidate, spec))) {
    await sendJson(client, {
      method: 'PATCH',
      url: `/sites/${siteId}/lists/${list.id}/columns/${column.id ?? column.name}`,
      json: { indexed: true },
      label: 'provision.index',
    });
    added.push(`${column.name} (index)`);
  }
  for (const column of spec.columns.filter((candidate) => !have.has(candidate.name))) {
    await sendJson(client, {
      method: 'POST',
      url: `/sites/${siteId}/lists/${list.id}/columns`,
      json: column,
      label: 'provision.column',
    });
    added.push(column.name);
  }
  return added;
}

/** An existing column the spec wants indexed but is not (the dedup lookup depends on it). */
function mustIndex(column: GraphColumnDefinition, spec: ListSpec): boolean {
  const wanted = spec.columns.find((candidate) => candidate.name === column.name);
  return wanted?.indexed === true && column.indexed !== true;
}
