import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';
import { sendJson } from '../request';
import { findSiteId, listLists } from '../site';
import type { SiteLocation } from '../site-ids';
import type { GraphColumnDefinition, GraphList } from '../wire-types';
import { columnKind } from './column-kind';
import { kindOfSpec, type ColumnSpec, type ListSpec } from './list-spec';
import { siteSchema } from './site-schema';

/** What provisioning did; all empty when the site was complete already. */
export interface ProvisionReport {
  readonly siteId: string;
  /** Lists created, by display name. */
  readonly listsCreated: readonly string[];
  /** Columns added to existing lists, as `List.Column`. */
  readonly columnsAdded: readonly string[];
  /** Columns of existing lists changed, as `List.Column (index)` or `List.Column (note)`. */
  readonly columnsChanged: readonly string[];
}

/**
 * Creates or completes every list of {@link siteSchema} on the site: missing lists with their
 * columns, missing columns, missing indexes (`PATCH .../columns/{id} {indexed: true}`) and
 * single line text columns that must hold long values (made multiple lines of text).
 * Idempotent: a second run changes nothing. Needs Sites.Manage.All.
 */
export async function provisionSite(
  client: GraphClient,
  location: SiteLocation,
): Promise<ProvisionReport> {
  const siteId = await findSiteId(client, location);
  const existing = await listLists(client, siteId);
  const listsCreated: string[] = [];
  const columnsAdded: string[] = [];
  const columnsChanged: string[] = [];
  for (const spec of siteSchema(location.lists)) {
    const found = existing.find(
      (list) => list.name === spec.displayName || list.displayName === spec.displayName,
    );
    if (found === undefined) {
      await createList(client, siteId, spec);
      listsCreated.push(spec.displayName);
      continue;
    }
    const done = await completeList(client, siteId, found, spec);
    columnsAdded.push(...done.added.map((column) => `${spec.displayName}.${column}`));
    columnsChanged.push(...done.changed.map((column) => `${spec.displayName}.${column}`));
  }
  return { siteId, listsCreated, columnsAdded, columnsChanged };
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

/** The columns of a list as the tenant has them (`GET .../columns`, paged). */
export function listColumnDefinitions(
  client: GraphClient,
  siteId: string,
  listId: string,
): Promise<GraphColumnDefinition[]> {
  return fetchAllPages<GraphColumnDefinition>(client, {
    method: 'GET',
    url: `/sites/${siteId}/lists/${listId}/columns`,
    label: 'provision.columns',
  });
}

async function completeList(
  client: GraphClient,
  siteId: string,
  list: GraphList,
  spec: ListSpec,
): Promise<{ added: string[]; changed: string[] }> {
  const columns = await listColumnDefinitions(client, siteId, list.id);
  const added: string[] = [];
  const changed: string[] = [];
  for (const wanted of spec.columns) {
    const column = columns.find((candidate) => candidate.name === wanted.name);
    if (column === undefined) {
      await sendJson(client, {
        method: 'POST',
        url: `/sites/${siteId}/lists/${list.id}/columns`,
        json: wanted,
        label: 'provision.column',
      });
      added.push(wanted.name);
      continue;
    }
    const update = columnUpdate(column, wanted);
    if (update === undefined) continue;
    await sendJson(client, {
      method: 'PATCH',
      url: `/sites/${siteId}/lists/${list.id}/columns/${column.id ?? column.name}`,
      json: update.body,
      label: 'provision.column-update',
    });
    changed.push(`${wanted.name} (${update.what})`);
  }
  return { added, changed };
}

/**
 * The one change provisioning makes to an existing column: a single line of text that must
 * hold long values becomes multiple lines of text; a column the spec indexes gets its index.
 * Other differences (another type) are for an administrator: `bronvast doctor` names them.
 */
function columnUpdate(
  column: GraphColumnDefinition,
  wanted: ColumnSpec,
): { body: Record<string, unknown>; what: 'note' | 'index' } | undefined {
  if (kindOfSpec(wanted) === 'note' && columnKind(column) === 'text')
    return { body: { text: { allowMultipleLines: true } }, what: 'note' };
  if (wanted.indexed === true && column.indexed !== true)
    return { body: { indexed: true }, what: 'index' };
  return undefined;
}
