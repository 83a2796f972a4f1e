import { saveDriveItem } from '../../store/save-drive-item';
import { newDriveId, newDriveItemId, newGuid } from '../../store/ids';
import type { ColumnRecord, DriveItemRecord, ListRecord, SiteRecord } from '../../store/records';
import { insertColumn, insertList } from '../../store/sites';
import { timestamp, type Store } from '../../store/store';

/** Creates a list (and, for a library, its drive and root folder) with its columns. */
export function provisionList(
  context: { readonly store: Store; readonly user: { readonly upn: string } },
  site: SiteRecord,
  displayName: string,
  template: ListRecord['template'],
  columns: readonly ColumnRecord[],
): ListRecord {
  const createdAt = timestamp(context.store);
  const drive =
    template === 'documentLibrary' ? { driveId: newDriveId(), rootItemId: newDriveItemId() } : {};
  const list: ListRecord = {
    id: newGuid(),
    siteId: site.id,
    name: displayName.replace(/\s+/g, ''),
    displayName,
    description: '',
    template,
    createdAt,
    createdBy: context.user.upn,
    ...drive,
  };
  context.store.db.transaction(() => {
    insertList(context.store, list);
    for (const column of columns) insertColumn(context.store, list.id, column);
    if (drive.driveId !== undefined)
      saveDriveItem(
        context.store,
        rootFolder(drive.driveId, drive.rootItemId, context.user.upn, createdAt),
      );
  })();
  return list;
}

function rootFolder(driveId: string, id: string, upn: string, at: string): DriveItemRecord {
  return {
    id,
    driveId,
    parentId: null,
    name: 'root',
    isFolder: true,
    size: 0,
    mimeType: '',
    quickXorHash: '',
    sha256: '',
    createdBy: upn,
    createdAt: at,
    modifiedBy: upn,
    modifiedAt: at,
    version: 1,
    guid: newGuid(),
  };
}
