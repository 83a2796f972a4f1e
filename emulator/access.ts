import type { ListAccess, ListItemRecord, ListRecord, UserRecord } from './store/records';

/** What a user wants to do with a list or one of its items. */
export type ListAction = 'read' | 'create' | 'update';

/**
 * Decides who may do what. Policy officers create records and read and update their own (the
 * ones they created or that name them in BronvastFiledBy); records managers read and update all.
 * Folders are visible to everybody, as filing into a dossier folder needs to see it.
 */
export function mayAccessItem(
  user: UserRecord,
  list: ListRecord,
  item: ListItemRecord,
  action: ListAction,
): boolean {
  if (list.access === 'managers') return user.role === 'records-manager';
  if (action === 'create') return mayCreate(user, list.access);
  if (list.access === 'audit' && action === 'update') return false;
  if (user.role === 'records-manager' || list.access === 'open') return true;
  if (list.access === 'registry') return action === 'read';
  if (item.contentType === 'Folder' && action === 'read') return true;
  return isOwn(user, item);
}

/** Whether the user may add items to the list. */
export function mayCreate(user: UserRecord, access: ListAccess): boolean {
  return (access !== 'registry' && access !== 'managers') || user.role === 'records-manager';
}

/** Whether the user may create lists and columns. */
export const mayProvision = (user: UserRecord): boolean => user.role === 'records-manager';

function isOwn(user: UserRecord, item: ListItemRecord): boolean {
  if (item.createdBy.toLowerCase() === user.upn.toLowerCase()) return true;
  const filedBy = item.fields['BronvastFiledBy'];
  return (
    typeof filedBy === 'string' &&
    [user.upn.toLowerCase(), user.displayName.toLowerCase()].includes(filedBy.trim().toLowerCase())
  );
}

/** The access rule a list gets from its name when provisioned. */
export function accessForListName(name: string): ListAccess {
  switch (name.toLowerCase()) {
    case 'records':
      return 'records';
    case 'dossiers':
      return 'registry';
    case 'bronvastaudit':
      return 'audit';
    // The Woo desk's lists hold requesters and redaction decisions: an administrator breaks
    // their permission inheritance and grants them to the records managers only
    // (https://learn.microsoft.com/en-us/sharepoint/customize-sharing-permission-levels).
    case 'bronvastwoorequests':
    case 'bronvastwoolog':
    case 'bronvastwoodocuments':
      return 'managers';
    default:
      return 'open';
  }
}
