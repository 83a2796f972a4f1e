import type { FieldValue, ListItemRecord, ListRecord } from '../store/records';
import type { Store } from '../store/store';
import { findUser } from '../store/users';

/** Fields every item has besides the list's own columns; filtering on them needs no index. */
export const BUILT_IN_FIELDS: readonly string[] = [
  'id',
  'ID',
  'Title',
  'ContentType',
  'Created',
  'Modified',
  'AuthorLookupId',
  'EditorLookupId',
  'FileLeafRef',
  '_UIVersionString',
];

/** Fields a client may write besides the list's columns. */
export const WRITABLE_BUILT_INS: readonly string[] = ['Title'];

/**
 * Fields SharePoint sets itself: who created and changed an item, when, its version and its
 * compliance (retention label) state. A client that writes one gets 400, as SharePoint answers.
 */
export const READ_ONLY_FIELDS: readonly string[] = [
  'id',
  'ID',
  'ContentType',
  'Created',
  'Modified',
  'Author',
  'Editor',
  'AuthorLookupId',
  'EditorLookupId',
  '_UIVersionString',
  '_UIVersion',
  'Attachments',
  'Edit',
  'ItemChildCount',
  'FolderChildCount',
  'FileRef',
  'FileDirRef',
  'FileSizeDisplay',
  'DocIcon',
  'LinkFilename',
  'LinkFilenameNoMenu',
  'LinkTitle',
  'LinkTitleNoMenu',
  '_ComplianceFlags',
  '_ComplianceTag',
  '_ComplianceTagWrittenTime',
  '_ComplianceTagUserId',
];

/** The `@odata.etag` SharePoint puts on items and field sets. */
export const itemEtag = (item: ListItemRecord): string => `"${item.guid},${item.version}"`;

/** All field values of an item: built-ins first, then the columns that have a value. */
export function allFields(
  store: Store,
  list: ListRecord,
  item: ListItemRecord,
  only?: readonly string[],
): Record<string, FieldValue> {
  // The people lookups are the costly part; a selection without them skips them (the values of
  // the fields it does select are the same).
  const lookup = (name: string, upn: string): string =>
    only === undefined || only.includes(name) ? String(findUser(store, upn)?.lookupId ?? '') : '';
  const builtIn: Record<string, FieldValue> = {
    id: String(item.id),
    ContentType: item.contentType,
    Created: item.createdAt,
    Modified: item.modifiedAt,
    AuthorLookupId: lookup('AuthorLookupId', item.createdBy),
    EditorLookupId: lookup('EditorLookupId', item.modifiedBy),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  };
  if (list.template === 'documentLibrary') {
    const name = typeof item.fields['FileLeafRef'] === 'string' ? item.fields['FileLeafRef'] : '';
    Object.assign(builtIn, {
      LinkFilenameNoMenu: name,
      LinkFilename: name,
      DocIcon: extension(name),
      FileSizeDisplay: '',
    });
  } else {
    Object.assign(builtIn, {
      LinkTitleNoMenu: item.fields['Title'] ?? '',
      LinkTitle: item.fields['Title'] ?? '',
    });
  }
  const own = Object.fromEntries(
    Object.entries(item.fields).filter(([, value]) => value !== null && value !== ''),
  );
  return { ...own, ...builtIn };
}

/** Graph's fieldValueSet: all fields, or only the selected ones, with the etag. */
export function fieldsJson(
  store: Store,
  list: ListRecord,
  item: ListItemRecord,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  const fields = allFields(store, list, item, select);
  const chosen =
    select === undefined
      ? fields
      : Object.fromEntries(Object.entries(fields).filter(([name]) => select.includes(name)));
  return { '@odata.etag': itemEtag(item), ...chosen };
}

/** Resolves `fields/X`, `createdDateTime`, `lastModifiedDateTime` and `id` for filters and sorting. */
export function listItemResolver(
  store: Store,
  list: ListRecord,
  item: ListItemRecord,
): (path: string) => unknown {
  const fields = allFields(store, list, item);
  return (path) => {
    if (path.startsWith('fields/')) {
      const name = path.slice('fields/'.length);
      return name === 'ID' ? item.id : (fields[name] ?? null);
    }
    if (path === 'createdDateTime') return item.createdAt;
    if (path === 'lastModifiedDateTime') return item.modifiedAt;
    if (path === 'id') return String(item.id);
    return undefined;
  };
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
