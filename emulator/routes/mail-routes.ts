import { createReadStream } from 'node:fs';
import type { GraphContext } from '../context';
import type { GraphRoute } from '../context';
import {
  mailbox,
  OWN_FOLDERS,
  OWN_MESSAGE_UPDATE,
  OWN_MESSAGES,
  OWN_SEND,
  SHARED_FOLDERS,
  SHARED_MESSAGE_UPDATE,
  SHARED_MESSAGES,
  SHARED_SEND,
} from '../scopes/route-scopes';

import { readJsonObject } from '../http/body';
import type { EmulatorResponse } from '../http/exchange';
import { graphError } from '../http/graph-error';
import { json } from '../http/respond';
import { collection, contextUrl } from '../odata-query/paging';
import {
  folderId,
  MAIL_FOLDERS,
  wellKnownFolder,
  type WellKnownFolder,
} from '../graph/message-json';
import { findMessage, listMessages, mimePath, saveMessage } from '../store/messages';
import { applyMessagePatch } from './message-patch';
import { queryMessages, renderMessage } from './mail-query';
import { DOLLAR } from './patterns';
import { sendMail } from './send-mail';
import { mailboxAllowed } from './user-routes';

type Params = Readonly<Record<string, string>>;
const MAILBOX = '^/(?:me|users/(?<user>[^/]+))';
const messageNotFound = () =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

function folderJson(context: GraphContext, folder: WellKnownFolder): Record<string, unknown> {
  const messages = listMessages(context.store, context.user.upn, folder);
  return {
    id: folderId(context.user.upn, folder),
    displayName: MAIL_FOLDERS[folder],
    parentFolderId: folderId(context.user.upn, 'inbox').replace(/AQ$/, 'AB'),
    childFolderCount: 0,
    unreadItemCount: messages.filter((message) => !message.isRead).length,
    totalItemCount: messages.length,
    isHidden: false,
  };
}

async function getFolders(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const folders = (Object.keys(MAIL_FOLDERS) as WellKnownFolder[]).map((folder) =>
    folderJson(context, folder),
  );
  return json(
    200,
    collection(
      contextUrl(context.request, `users('${context.user.id}')/mailFolders`),
      folders,
      undefined,
    ),
  );
}

async function getFolder(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const folder = wellKnownFolder(context.user.upn, params['folder'] ?? '');
  if (folder === undefined) return messageNotFound();
  return json(200, {
    '@odata.context': contextUrl(context.request, 'mailFolders/$entity'),
    ...folderJson(context, folder),
  });
}

async function getMessages(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const folderParam = params['folder'];
  const folder =
    folderParam === undefined ? undefined : wellKnownFolder(context.user.upn, folderParam);
  if (folderParam !== undefined && folder === undefined) return messageNotFound();
  return queryMessages(
    context,
    listMessages(context.store, context.user.upn, folder),
    `users('${context.user.id}')/messages`,
  );
}

async function getMessage(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const message = findMessage(context.store, context.user.upn, params['message'] ?? '');
  if (message === undefined) return messageNotFound();
  const rendered = renderMessage(context, message);
  if (!rendered.ok) return rendered.response;
  return json(200, {
    '@odata.context': contextUrl(context.request, `users('${context.user.id}')/messages/$entity`),
    ...rendered.value,
  });
}

async function getMime(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const message = findMessage(context.store, context.user.upn, params['message'] ?? '');
  if (message === undefined) return messageNotFound();
  const path = mimePath(context.store, message.id);
  return {
    status: 200,
    body: {
      kind: 'stream',
      open: () => createReadStream(path),
      length: message.mimeSize,
      contentType: 'text/plain',
    },
  };
}

async function patchMessage(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  if (denied !== undefined) return denied;
  const message = findMessage(context.store, context.user.upn, params['message'] ?? '');
  if (message === undefined) return messageNotFound();
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const patched = applyMessagePatch(message, body.value);
  if (!patched.ok) return patched.response;
  saveMessage(context.store, patched.value);
  const rendered = renderMessage(context, patched.value);
  return rendered.ok ? json(200, rendered.value) : rendered.response;
}

async function send(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const denied = mailboxAllowed(context, params);
  return denied ?? sendMail(context);
}

const FOLDERS_RULE = mailbox(OWN_FOLDERS, SHARED_FOLDERS);
const MESSAGES_RULE = mailbox(OWN_MESSAGES, SHARED_MESSAGES);
const UPDATE_RULE = mailbox(OWN_MESSAGE_UPDATE, SHARED_MESSAGE_UPDATE);
const SEND_RULE = mailbox(OWN_SEND, SHARED_SEND);

/** Mail of the signed-in user: folders, messages, MIME, marking, sending. */
export const mailRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`${MAILBOX}/mailFolders$`),
    handle: getFolders,
    scopes: FOLDERS_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${MAILBOX}/mailFolders/(?<folder>[^/]+)$`),
    handle: getFolder,
    scopes: FOLDERS_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${MAILBOX}/mailFolders/(?<folder>[^/]+)/messages$`),
    handle: getMessages,
    scopes: MESSAGES_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${MAILBOX}/messages$`),
    handle: getMessages,
    scopes: MESSAGES_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${MAILBOX}/(?:mailFolders/[^/]+/)?messages/(?<message>[^/]+)$`),
    handle: getMessage,
    scopes: MESSAGES_RULE,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${MAILBOX}/(?:mailFolders/[^/]+/)?messages/(?<message>[^/]+)$`),
    handle: patchMessage,
    scopes: UPDATE_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(
      `${MAILBOX}/(?:mailFolders/[^/]+/)?messages/(?<message>[^/]+)/${DOLLAR}value$`,
    ),
    handle: getMime,
    scopes: MESSAGES_RULE,
  },
  { method: 'POST', pattern: new RegExp(`${MAILBOX}/sendMail$`), handle: send, scopes: SEND_RULE },
];
