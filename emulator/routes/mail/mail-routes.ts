import { createReadStream } from 'node:fs';
import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
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
} from '../../scopes/route-scopes';

import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import {
  folderId,
  MAIL_FOLDERS,
  wellKnownFolder,
  type WellKnownFolder,
} from '../../graph/message-json';
import { listMessages, mimePath, saveMessage } from '../../store/messages';
import { mailboxTarget, type MailboxTarget } from './mailbox-access';
import { applyMessagePatch } from './message-patch';
import { moveRoute, openMessage, messageNotFound } from './message-move';
import { queryMessages, renderMessage } from './mail-query';
import { DOLLAR } from '../patterns';
import { sendMail } from './send-mail';
import { translateRoute } from './translate-ids';

type Params = Readonly<Record<string, string>>;
/** `/me` or `/users/{upn}`: one's own mailbox or one delegated to one (src: mailbox-access.ts). */
export const MAILBOX = '^/(?:me|users/(?<user>[^/]+))';

function folderJson(
  context: GraphContext,
  mailbox: MailboxTarget,
  folder: WellKnownFolder,
): Record<string, unknown> {
  const messages = listMessages(context.store, mailbox.upn, folder);
  return {
    id: folderId(mailbox.upn, folder),
    displayName: MAIL_FOLDERS[folder],
    parentFolderId: folderId(mailbox.upn, 'inbox').replace(/AQ$/, 'AB'),
    childFolderCount: 0,
    unreadItemCount: messages.filter((message) => !message.isRead).length,
    totalItemCount: messages.length,
    isHidden: false,
  };
}

async function getFolders(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const mailbox = mailboxTarget(context, params);
  if (!mailbox.ok) return mailbox.response;
  const folders = (Object.keys(MAIL_FOLDERS) as WellKnownFolder[]).map((folder) =>
    folderJson(context, mailbox.value, folder),
  );
  return json(
    200,
    collection(
      contextUrl(context.request, `users('${mailbox.value.userId}')/mailFolders`),
      folders,
      undefined,
    ),
  );
}

async function getFolder(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const mailbox = mailboxTarget(context, params);
  if (!mailbox.ok) return mailbox.response;
  const folder = wellKnownFolder(mailbox.value.upn, params['folder'] ?? '');
  if (folder === undefined) return messageNotFound();
  return json(200, {
    '@odata.context': contextUrl(context.request, 'mailFolders/$entity'),
    ...folderJson(context, mailbox.value, folder),
  });
}

async function getMessages(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const mailbox = mailboxTarget(context, params);
  if (!mailbox.ok) return mailbox.response;
  const folderParam = params['folder'];
  const folder =
    folderParam === undefined ? undefined : wellKnownFolder(mailbox.value.upn, folderParam);
  if (folderParam !== undefined && folder === undefined) return messageNotFound();
  return queryMessages(
    context,
    listMessages(context.store, mailbox.value.upn, folder),
    `users('${mailbox.value.userId}')/messages`,
    mailbox.value.ids,
  );
}

async function getMessage(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = openMessage(context, params);
  if (!found.ok) return found.response;
  const { mailbox, message } = found.value;
  const rendered = renderMessage(context, message, mailbox.ids);
  if (!rendered.ok) return rendered.response;
  return json(200, {
    '@odata.context': contextUrl(context.request, `users('${mailbox.userId}')/messages/$entity`),
    ...rendered.value,
  });
}

async function getMime(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = openMessage(context, params);
  if (!found.ok) return found.response;
  const { message } = found.value;
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
  const found = openMessage(context, params);
  if (!found.ok) return found.response;
  const { mailbox, message } = found.value;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const patched = applyMessagePatch(message, body.value);
  if (!patched.ok) return patched.response;
  saveMessage(context.store, patched.value);
  const rendered = renderMessage(context, patched.value, mailbox.ids);
  return rendered.ok ? json(200, rendered.value) : rendered.response;
}

async function send(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  // Sending as another mailbox needs Send As rights, which no demo user has: own mailbox only.
  if (params['user'] !== undefined) {
    const mailbox = mailboxTarget(context, params);
    if (!mailbox.ok) return mailbox.response;
    if (mailbox.value.upn.toLowerCase() !== context.user.upn.toLowerCase())
      return graphError(
        403,
        'ErrorSendAsDenied',
        'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.',
      );
  }
  return sendMail(context);
}

const FOLDERS_RULE = mailbox(OWN_FOLDERS, SHARED_FOLDERS);
const MESSAGES_RULE = mailbox(OWN_MESSAGES, SHARED_MESSAGES);
const UPDATE_RULE = mailbox(OWN_MESSAGE_UPDATE, SHARED_MESSAGE_UPDATE);
const SEND_RULE = mailbox(OWN_SEND, SHARED_SEND);
const MESSAGE = `${MAILBOX}/(?:mailFolders/[^/]+/)?messages/(?<message>[^/]+)`;

/** Mail: folders, messages, MIME, marking, moving, sending, and id translation. */
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
  { method: 'GET', pattern: new RegExp(`${MESSAGE}$`), handle: getMessage, scopes: MESSAGES_RULE },
  {
    method: 'PATCH',
    pattern: new RegExp(`${MESSAGE}$`),
    handle: patchMessage,
    scopes: UPDATE_RULE,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${MESSAGE}/${DOLLAR}value$`),
    handle: getMime,
    scopes: MESSAGES_RULE,
  },
  moveRoute(MESSAGE),
  { method: 'POST', pattern: new RegExp(`${MAILBOX}/sendMail$`), handle: send, scopes: SEND_RULE },
  translateRoute(MAILBOX),
];
