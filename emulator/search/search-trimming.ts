import type { AccessCheck } from '../access';
import { findDriveItem } from '../store/drive-items';
import { findListItem } from '../store/list-items';
import type { ListRecord } from '../store/records';
import { findListByDrive } from '../store/sites';
import type { Store } from '../store/store';

/** What the searching user may read among the indexed files. */
export interface SearchReader {
  /** Whether she may read every file of the library. */
  readsWholeDrive(driveId: string): boolean;
  /** Whether she may read one file, by its drive and drive item id. */
  mayRead(driveId: string, itemId: string): boolean;
}

/**
 * Security trimming of Microsoft Search: "Users cannot access more items in a search than they
 * can otherwise obtain from a corresponding GET operation with the same permissions and access
 * control" (https://learn.microsoft.com/graph/api/resources/search-api-overview). A hit is kept
 * when the user may read its file under SharePoint's permissions (`access.ts`): at once for a
 * library she reads entirely, else item by item (its own, its folder's or the library's
 * permissions). Answers are cached for the one search.
 */
export function searchReader(store: Store, access: AccessCheck): SearchReader {
  const libraries = new Map<string, { readonly list: ListRecord; readonly all: boolean } | null>();
  const libraryOf = (driveId: string) => {
    let found = libraries.get(driveId);
    if (found === undefined) {
      const list = findListByDrive(store, driveId);
      found = list === undefined ? null : { list, all: access.readsEveryItem(list) };
      libraries.set(driveId, found);
    }
    return found;
  };
  return {
    readsWholeDrive: (driveId) => libraryOf(driveId)?.all ?? false,
    mayRead: (driveId, itemId) => {
      const library = libraryOf(driveId);
      if (library === null) return false;
      if (library.all) return true;
      const listItemId = findDriveItem(store, driveId, itemId)?.listItemId;
      const item =
        listItemId === undefined ? undefined : findListItem(store, library.list.id, listItemId);
      return item !== undefined && access.may({ kind: 'item', list: library.list, item }, 'read');
    },
  };
}
