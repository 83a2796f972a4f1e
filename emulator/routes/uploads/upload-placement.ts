import type { GraphContext } from '../../context';
import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { findDriveItem } from '../../store/drive-items';
import { checkNames, resolveAddress, splitPath, type DriveRef } from '../drives/drive-paths';
import type { Placement } from '../drives/place-file';
import { resolveDrive } from '../resolve';

/** Where an upload goes: `root:/a/b/name:`, `items/{parent}:/name:` or `items/{id}` (replace). */
export function uploadPlacement(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Outcome<{ drive: DriveRef; placement: Placement; replacesItself: boolean }> {
  const drive = resolveDrive(context, params['drive'] ?? '');
  if (!drive.ok) return drive;
  const start = resolveAddress(context, drive.value, params['item'], undefined);
  if (!start.ok) return start;
  const names = splitPath(params['path']);
  const name = names.pop();
  if (name === undefined) {
    const parent =
      start.value.parentId === null
        ? undefined
        : findDriveItem(context.store, drive.value.driveId, start.value.parentId);
    if (parent === undefined || start.value.isFolder)
      return failure(invalidRequest('Cannot upload content to a folder.'));
    return success({
      drive: drive.value,
      placement: { parent, folders: [], name: start.value.name },
      replacesItself: true,
    });
  }
  const checked = checkNames(context, drive.value, start.value, [...names, name]);
  if (!checked.ok) return checked;
  return success({
    drive: drive.value,
    placement: { parent: start.value, folders: names, name },
    replacesItself: false,
  });
}
