import type { Actor, GraphContext } from '../../context';
import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { driveItemEtag } from '../../graph/drive-item-json';
import { fieldsJson, itemEtag } from '../../graph/list-item-fields';
import { preconditionFailure } from '../../http/if-match';
import { findDriveItem } from '../../store/drive-items';
import { saveDriveItem } from '../../store/save-drive-item';
import { saveListItem } from '../../store/list-items';
import type { DriveItemRecord, ListItemRecord, ListRecord } from '../../store/records';
import { listColumns } from '../../store/sites';
import { timestamp } from '../../store/store';
import { validateFields } from './field-values';
import { isRegulatoryRecord, propertiesLocked } from '../drives/record-lock';

/** `PATCH .../fields`: checks access and columns, stores the values, answers the fieldValueSet. */
export async function patchItemFields(
  context: GraphContext,
  list: ListRecord,
  item: ListItemRecord,
): Promise<EmulatorResponse> {
  if (!context.access.may({ kind: 'item', list, item }, 'write')) return accessDenied();
  const driveItem = driveItemOf(context, item);
  if (driveItem !== undefined && isRegulatoryRecord(driveItem))
    return propertiesLocked(driveItem.name);
  const stale = preconditionFailure(context.request.headers['if-match'], etagsOf(context, item));
  if (stale !== undefined) return stale;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const values = validateFields(listColumns(context.store, list.id), body.value);
  if (!values.ok) return values.response;
  const updated = touch(context, item, { ...item.fields, ...values.value });
  return json(200, {
    '@odata.context': contextUrl(context.request, 'fields/$entity'),
    ...fieldsJson(context.store, list, updated, undefined),
  });
}

/** Stores new field values with a new version, and bumps the drive item's version with it. */
export function touch(
  context: Actor,
  item: ListItemRecord,
  fields: ListItemRecord['fields'],
): ListItemRecord {
  const now = timestamp(context.store);
  const updated: ListItemRecord = {
    ...item,
    fields,
    modifiedAt: now,
    modifiedBy: context.user.upn,
    version: item.version + 1,
  };
  context.store.db.transaction(() => {
    saveListItem(context.store, updated);
    const driveId = item.driveItemId === undefined ? undefined : findDriveIdOf(context, item);
    if (driveId === undefined || item.driveItemId === undefined) return;
    const driveItem = findDriveItem(context.store, driveId, item.driveItemId);
    if (driveItem !== undefined) {
      saveDriveItem(context.store, {
        ...driveItem,
        version: driveItem.version + 1,
        modifiedAt: now,
        modifiedBy: context.user.upn,
      });
    }
  })();
  return updated;
}

/** The etags a client may hold for an item: its own, and its drive item's. */
function etagsOf(context: Actor, item: ListItemRecord): string[] {
  const driveItem = driveItemOf(context, item);
  return [itemEtag(item), ...(driveItem === undefined ? [] : [driveItemEtag(driveItem)])];
}

/** The file of a library's list item; undefined for items of a list. */
function driveItemOf(context: Actor, item: ListItemRecord): DriveItemRecord | undefined {
  const driveId = findDriveIdOf(context, item);
  return driveId === undefined || item.driveItemId === undefined
    ? undefined
    : findDriveItem(context.store, driveId, item.driveItemId);
}

function findDriveIdOf(context: Actor, item: ListItemRecord): string | undefined {
  const row = context.store.db
    .prepare('SELECT drive_id FROM lists WHERE id = ?')
    .get(item.listId) as { drive_id: string | null } | undefined;
  return row?.drive_id ?? undefined;
}

/** Reads the `fields` object of a create-item body. */
export function fieldsOfBody(
  body: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  return asRecord(body['fields']) ?? {};
}
