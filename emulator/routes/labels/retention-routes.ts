import type { GraphContext, GraphRoute } from '../../context';
import { scopeRefusal } from '../../scopes/check-scopes';
import { LABEL_GET, LABEL_REMOVE, LABEL_SET, RECORD_LABEL } from '../../scopes/route-scopes';
import { catalogueLabel } from '../../seed/retention-labels';
import { asRecord, readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, invalidRequest, itemNotFound } from '../../http/graph-error';
import { empty, json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { identitySet } from '../../graph/identity';
import { saveDriveItem } from '../../store/save-drive-item';
import type { DriveItemRecord } from '../../store/records';
import type { Store } from '../../store/store';
import { timestamp } from '../../store/store';
import { mayAccessDriveItem } from '../drives/drive-paths';
import { ADDRESS_BEFORE_ACTION, locate } from '../drives/drive-routes';
import { isContentLocked, isRecord, isRegulatoryRecord } from '../drives/record-lock';

type Params = Readonly<Record<string, string>>;

/** Graph's itemRetentionLabel for a labelled item. */
function labelJson(store: Store, item: DriveItemRecord): Record<string, unknown> | undefined {
  const label = item.retentionLabel;
  if (label === undefined) return undefined;
  return {
    name: label.name,
    isLabelAppliedExplicitly: true,
    labelAppliedDateTime: label.appliedAt,
    labelAppliedBy: identitySet(store, label.appliedBy),
    retentionSettings: {
      behaviorDuringRetentionPeriod:
        label.isRegulatory === true
          ? 'retainAsRegulatoryRecord'
          : label.isRecord === true
            ? 'retainAsRecord'
            : 'retain',
      isDeleteAllowed: label.isRecord !== true,
      isRecordLocked: isContentLocked(item),
      isMetadataUpdateAllowed: !isRegulatoryRecord(item),
      isContentUpdateAllowed: !isContentLocked(item),
      isLabelUpdateAllowed: !isContentLocked(item),
    },
  };
}

async function getLabel(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  const body = labelJson(context.store, found.item);
  if (body === undefined) return itemNotFound('The item has no retention label.');
  return json(200, {
    '@odata.context': contextUrl(context.request, 'microsoft.graph.itemRetentionLabel'),
    ...body,
  });
}

async function setLabel(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  if (!mayAccessDriveItem(context, found.drive, found.item, 'write')) return accessDenied();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const name = body.value['name'];
  const lock = asRecord(body.value['retentionSettings'])?.['isRecordLocked'];
  if (name === undefined && typeof lock === 'boolean') return lockRecord(context, found.item, lock);
  if (typeof name !== 'string' || name.trim() === '')
    return invalidRequest('A retention label needs a name.');
  // Only a label of the tenant's catalogue applies. Graph's answer to an unknown name is not
  // documented; the record system refuses it with 400.
  const label = catalogueLabel(name);
  if (label === undefined)
    return invalidRequest(`The retention label '${name}' does not exist in this tenant.`);
  const record = label.behavior !== 'retain';
  const refused = record ? scopeRefusal(context.scopes, RECORD_LABEL) : undefined;
  if (refused !== undefined) return refused;
  if (isRegulatoryRecord(found.item)) return accessDenied();
  if (isContentLocked(found.item) && !isSiteOwner(context, found.drive.site.id))
    return accessDenied();
  const first = found.item.retentionLabel === undefined;
  const item: DriveItemRecord = {
    ...found.item,
    retentionLabel: {
      name: label.name,
      appliedBy: context.user.upn,
      appliedAt: timestamp(context.store),
      ...(record ? { isRecord: true, isRecordLocked: true } : {}),
      ...(label.behavior === 'retainAsRegulatoryRecord' ? { isRegulatory: true } : {}),
    },
    version: found.item.version + 1,
  };
  saveDriveItem(context.store, item);
  // "When a file is applied with a retention label for the first time, this method returns a
  // 201 Created response code ... Subsequent updates ... return a 200 OK" (setretentionlabel).
  return json(first ? 201 : 200, {
    '@odata.context': contextUrl(context.request, 'microsoft.graph.itemRetentionLabel'),
    ...labelJson(context.store, item),
  });
}

async function removeLabel(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = locate(context, params);
  if (!found.ok) return found.response;
  if (!mayAccessDriveItem(context, found.drive, found.item, 'write')) return accessDenied();
  if (isRegulatoryRecord(found.item)) return accessDenied();
  if (isRecord(found.item)) {
    const refused = scopeRefusal(context.scopes, RECORD_LABEL);
    if (refused !== undefined) return refused;
    if (!isSiteOwner(context, found.drive.site.id)) return accessDenied();
  }
  saveDriveItem(context.store, {
    ...found.item,
    retentionLabel: undefined,
    version: found.item.version + 1,
  });
  return empty(204);
}

// A locked record's label is the site owner's to change or remove: "Change label | Allowed -
// container admin only" (https://learn.microsoft.com/purview/records-management#compare-restrictions-for-what-actions-are-allowed-or-blocked).
const isSiteOwner = (context: GraphContext, siteId: string): boolean =>
  context.access.may({ kind: 'site', siteId }, 'owner');

/** lockOrUnlockRecord: whoever may edit a record may unlock it (record versioning) and lock it. */
function lockRecord(
  context: GraphContext,
  item: DriveItemRecord,
  locked: boolean,
): EmulatorResponse {
  const label = item.retentionLabel;
  if (label?.isRecord !== true)
    return invalidRequest(
      'Only an item whose label declares it a record can be locked or unlocked.',
    );
  if (label.isRegulatory === true) return accessDenied();
  const updated: DriveItemRecord = {
    ...item,
    retentionLabel: { ...label, isRecordLocked: locked },
    version: item.version + 1,
  };
  saveDriveItem(context.store, updated);
  return json(200, {
    '@odata.context': contextUrl(context.request, 'microsoft.graph.itemRetentionLabel'),
    ...labelJson(context.store, updated),
  });
}

const LABEL = new RegExp(`^/drives/(?<drive>[^/]+)/${ADDRESS_BEFORE_ACTION}/retentionLabel$`);

/** Retention labels on drive items. */
export const retentionRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: LABEL, handle: getLabel, scopes: LABEL_GET },
  { method: 'PATCH', pattern: LABEL, handle: setLabel, scopes: LABEL_SET },
  { method: 'DELETE', pattern: LABEL, handle: removeLabel, scopes: LABEL_REMOVE },
];
