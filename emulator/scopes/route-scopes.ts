import {
  FILES_READ,
  FILES_WRITE,
  needs,
  SITES_MANAGE,
  SITES_READ,
  SITES_WRITE,
} from './scope-requirement';

/*
 * The delegated permission each Graph call of the record system needs, from the call's
 * permissions page (the URL in each requirement). Routes name these beside their handlers.
 */

export const SITE_GET = needs('site-get', ...SITES_READ);
export const LISTS_LIST = needs('list-list', ...SITES_READ);
export const LIST_GET = needs('list-get', ...SITES_READ);
export const LIST_CREATE = needs('list-create', ...SITES_MANAGE);
export const COLUMNS_LIST = needs('list-list-columns', ...SITES_READ);
export const COLUMN_CREATE = needs('list-post-columns', ...SITES_MANAGE);
export const COLUMN_UPDATE = needs('columndefinition-update', ...SITES_MANAGE);
export const ITEMS_LIST = needs('listitem-list', ...SITES_READ);
export const ITEM_GET = needs('listitem-get', ...SITES_READ);
export const ITEM_CREATE = needs('listitem-create', ...SITES_WRITE);
export const ITEM_UPDATE = needs('listitem-update', ...SITES_WRITE);
export const ITEM_VERSIONS = needs('listitem-list-versions', ...SITES_READ);
export const DRIVE_GET = needs('drive-get', ...FILES_READ);
export const DRIVE_ITEM_GET = needs('driveitem-get', ...FILES_READ);
export const DRIVE_ITEM_CHILDREN = needs('driveitem-list-children', ...FILES_READ);
export const DRIVE_ITEM_CONTENT = needs('driveitem-get-content', ...FILES_READ);
export const DRIVE_ITEM_VERSIONS = needs('driveitem-list-versions', ...FILES_READ);
export const DRIVE_ITEM_PUT = needs('driveitem-put-content', ...FILES_WRITE);
export const DRIVE_ITEM_UPDATE = needs('driveitem-update', ...FILES_WRITE);
export const DRIVE_ITEM_DELETE = needs('driveitem-delete', ...FILES_WRITE);
export const FOLDER_CREATE = needs('driveitem-post-children', ...FILES_WRITE);
export const UPLOAD_SESSION = needs('driveitem-createuploadsession', ...FILES_WRITE);
export const LABEL_GET = needs('driveitem-getretentionlabel', ...FILES_READ);
/** Files.Read.All is what the page names as least privileged, even for setting a label. */
export const LABEL_SET = needs('driveitem-setretentionlabel', ...FILES_READ);
export const LABEL_REMOVE = needs('driveitem-removeretentionlabel', ...FILES_READ);
export const RETENTION_LABELS_LIST = needs(
  'security-labelsroot-list-retentionlabel',
  'RecordsManagement.Read.All',
  'RecordsManagement.ReadWrite.All',
);
/**
 * Microsoft Search over SharePoint files and list items: Files.Read.All or Sites.Read.All
 * (search-query; the per-entity table of search-api-overview). The record system indexes only
 * the site's files, so either family suffices, as it does for a driveItem search.
 */
export const SEARCH_QUERY = needs('search-query', ...FILES_READ);
/** A label that declares a record: the note on the setretentionlabel page. */
export const RECORD_LABEL = needs('driveitem-setretentionlabel', 'Sites.FullControl.All');

export const ME = needs(
  'user-get',
  'User.Read',
  'User.ReadWrite',
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
);
/** Another user's basic profile (display name, mail, user principal name). */
export const USER_BASIC = needs(
  'user-get',
  'User.ReadBasic.All',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
);
/** Another user's other properties, such as `department`. */
export const USER_FULL = needs(
  'user-get',
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
);

export const OWN_FOLDERS = needs(
  'user-list-mailfolders',
  'Mail.ReadBasic',
  'Mail.Read',
  'Mail.ReadWrite',
);
export const SHARED_FOLDERS = needs(
  'user-list-mailfolders',
  'Mail.ReadBasic.Shared',
  'Mail.Read.Shared',
  'Mail.ReadWrite.Shared',
);
/**
 * Reading messages. The pages name Mail.ReadBasic first, which leaves out the body and the
 * MIME; the record system asks Mail.Read for every message read, the stricter reading.
 */
export const OWN_MESSAGES = needs('message-get', 'Mail.Read', 'Mail.ReadWrite');
export const SHARED_MESSAGES = needs('message-get', 'Mail.Read.Shared', 'Mail.ReadWrite.Shared');
export const OWN_MESSAGE_UPDATE = needs('message-update', 'Mail.ReadWrite');
export const SHARED_MESSAGE_UPDATE = needs('message-update', 'Mail.ReadWrite.Shared');
export const OWN_MESSAGE_MOVE = needs('message-move', 'Mail.ReadWrite');
export const SHARED_MESSAGE_MOVE = needs('message-move', 'Mail.ReadWrite.Shared');
/** Translating Exchange ids, for oneself or another mailbox: a user-profile scope, not a mail one. */
export const TRANSLATE_IDS = needs(
  'user-translateexchangeids',
  'User.ReadBasic.All',
  'User.Read',
  'User.Read.All',
  'User.ReadWrite',
  'User.ReadWrite.All',
);
export const OWN_SEND = needs('user-sendmail', 'Mail.Send');
export const SHARED_SEND = needs('user-sendmail', 'Mail.Send.Shared');

export const CHATS_LIST = needs('chat-list', 'Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite');
export const CHAT_GET = needs('chat-get', 'Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite');
export const CHAT_MESSAGES = needs('chat-list-messages', 'Chat.Read', 'Chat.ReadWrite');
export const CHAT_MESSAGE_GET = needs(
  'chatmessage-get',
  'ChatMessage.Read',
  'Chat.Read',
  'Chat.ReadWrite',
);
export const CHAT_SEND = needs('chat-post-messages', 'ChatMessage.Send', 'Chat.ReadWrite');
export const CHAT_SOFT_DELETE = needs('chatmessage-softdelete', 'Chat.ReadWrite');
export const CHAT_HOSTED = needs(
  'chatmessage-list-hostedcontents',
  'ChatMessage.Read',
  'Chat.Read',
  'Chat.ReadWrite',
);
export const JOINED_TEAMS = needs(
  'user-list-joinedteams',
  'Team.ReadBasic.All',
  'TeamSettings.Read.All',
  'TeamSettings.ReadWrite.All',
);
export const CHANNELS_LIST = needs(
  'channel-list',
  'Channel.ReadBasic.All',
  'ChannelSettings.Read.All',
  'ChannelSettings.ReadWrite.All',
);
export const CHANNEL_GET = needs(
  'channel-get',
  'Channel.ReadBasic.All',
  'ChannelSettings.Read.All',
  'ChannelSettings.ReadWrite.All',
);
export const CHANNEL_MESSAGES = needs(
  'channel-list-messages',
  'ChannelMessage.Read.All',
  'ChannelMessage.ReadWrite',
);
export const CHANNEL_REPLIES = needs(
  'chatmessage-list-replies',
  'ChannelMessage.Read.All',
  'ChannelMessage.ReadWrite',
);
export const CHANNEL_MESSAGE_GET = needs(
  'chatmessage-get',
  'ChannelMessage.Read.All',
  'ChannelMessage.ReadWrite',
);
export const CHANNEL_SEND = needs(
  'channel-post-messages',
  'ChannelMessage.Send',
  'ChannelMessage.ReadWrite',
);
export const CHANNEL_REPLY = needs(
  'chatmessage-post-replies',
  'ChannelMessage.Send',
  'ChannelMessage.ReadWrite',
);
export const CHANNEL_SOFT_DELETE = needs('chatmessage-softdelete', 'ChannelMessage.ReadWrite');
export const CHANNEL_HOSTED = needs(
  'chatmessage-list-hostedcontents',
  'ChannelMessage.Read.All',
  'ChannelMessage.ReadWrite',
);

/** The own mailbox (`/me`, or `/users/{upn}` naming the signed-in user) or another one. */
export function mailbox(own: typeof OWN_MESSAGES, shared: typeof SHARED_MESSAGES) {
  return (params: Readonly<Record<string, string>>, user: { readonly upn: string }) => {
    const named = params['user'];
    return named === undefined || named.toLowerCase() === user.upn.toLowerCase() ? own : shared;
  };
}

/** A file's bytes at an earlier version. */
export const DRIVE_ITEM_VERSION_CONTENT = needs('driveitemversion-get-contents', ...FILES_READ);
/** Sharing permissions of a library's file or folder: listed and read, granted, changed, removed. */
export const PERMISSIONS_LIST = needs('driveitem-list-permissions', ...FILES_READ);
export const PERMISSION_GET = needs('permission-get', ...FILES_READ);
export const INVITE = needs('driveitem-invite', ...FILES_WRITE);
export const PERMISSION_UPDATE = needs('permission-update', ...FILES_WRITE);
export const PERMISSION_DELETE = needs('permission-delete', ...FILES_WRITE);
export const ITEM_DELETE = needs('listitem-delete', ...SITES_WRITE);
/** A group and its members (GroupMember.Read.All and above). */
export const GROUP_GET = needs(
  'group-get',
  'GroupMember.Read.All',
  'Group.Read.All',
  'Directory.Read.All',
  'Group.ReadWrite.All',
  'Directory.ReadWrite.All',
);
export const GROUP_MEMBERS = needs(
  'group-list-transitivemembers',
  'GroupMember.Read.All',
  'Directory.Read.All',
  'Group.Read.All',
  'Group.ReadWrite.All',
  'GroupMember.ReadWrite.All',
);
/** The signed-in user's own memberships: User.Read suffices. */
export const MY_MEMBER_OF = needs(
  'user-list-transitivememberof',
  'User.Read',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'Group.Read.All',
  'GroupMember.Read.All',
  'User.Read.All',
);
export const MY_CHECK_MEMBER_GROUPS = needs(
  'directoryobject-checkmembergroups',
  'User.Read',
  'User.Read.All',
  'Directory.Read.All',
  'User.ReadWrite.All',
  'Directory.ReadWrite.All',
);
