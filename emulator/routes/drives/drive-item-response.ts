import type { GraphContext } from '../../context';
import type { EmulatorResponse } from '../../http/exchange';
import { invalidRequest, itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { parseExpand, parseSelect, queryOption } from '../../odata-query/query-options';
import { driveItemJson } from '../../graph/drive-item-json';
import { listItemJson, type FieldsExpansion } from '../../graph/list-item-json';
import { findDriveItem } from '../../store/drive-items';
import { findListItem } from '../../store/list-items';
import type { DriveItemRecord } from '../../store/records';
import type { DriveRef } from './drive-paths';
import { fieldsExpansion } from '../lists/list-item-query';
import { selectProperties } from '../select-properties';

/** Answers a drive item, honouring `$select` and `$expand=listItem` / `listItem($expand=fields)`. */
export function driveItemResponse(
  context: GraphContext,
  drive: DriveRef,
  itemId: string,
  status: number,
): EmulatorResponse {
  const item = findDriveItem(context.store, drive.driveId, itemId);
  if (item === undefined) return itemNotFound();
  const body = driveItemBody(context, drive, item);
  if ('error' in body) return body.error;
  return json(status, {
    '@odata.context': contextUrl(context.request, `drives('${drive.driveId}')/items/$entity`),
    ...body.value,
  });
}

function driveItemBody(
  context: GraphContext,
  drive: DriveRef,
  item: DriveItemRecord,
): { value: Record<string, unknown> } | { error: EmulatorResponse } {
  const expand = parseExpand(queryOption(context.request.query, '$expand'));
  if (!expand.ok) return { error: expand.response };
  let body = driveItemJson(context.store, drive.site, drive.list, item);
  for (const entry of expand.value) {
    if (entry.name !== 'listItem') {
      return {
        error: invalidRequest(
          `Could not find a property named '${entry.name}' on type 'microsoft.graph.driveItem' that can be expanded.`,
        ),
      };
    }
    const nested = fieldsExpansion(entry.options.get('$expand'));
    if (!nested.ok) return { error: nested.response };
    const listItem = listItemOf(context, drive, item, nested.value);
    if (listItem !== undefined) body = { ...body, listItem };
  }
  const select = parseSelect(queryOption(context.request.query, '$select'));
  return { value: selectProperties(body, select && [...select, 'listItem']) };
}

function listItemOf(
  context: GraphContext,
  drive: DriveRef,
  item: DriveItemRecord,
  fields: FieldsExpansion,
): Record<string, unknown> | undefined {
  const listItem =
    item.listItemId === undefined
      ? undefined
      : findListItem(context.store, drive.list.id, item.listItemId);
  return listItem === undefined
    ? undefined
    : listItemJson(context.store, drive.site, drive.list, listItem, fields);
}
