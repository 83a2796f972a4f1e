import type { GraphContext, GraphRoute } from '../../context';
import { readJsonObject } from '../../http/body';
import { failure, success, type EmulatorResponse, type Outcome } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { wellKnownFolder } from '../../graph/message-json';
import { newMailId } from '../../store/ids';
import { findMessage, moveMessage, type MessageRecord } from '../../store/messages';
import { mailboxTarget, type MailboxTarget } from './mailbox-access';
import { renderMessage } from './mail-query';
import { mailbox, OWN_MESSAGE_MOVE, SHARED_MESSAGE_MOVE } from '../../scopes/route-scopes';

type Params = Readonly<Record<string, string>>;

/** Exchange's answer for a message id it does not know. */
export const messageNotFound = (): EmulatorResponse =>
  graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/**
 * The message a route names, in a mailbox the user may open, by the kind of id the request
 * uses: a REST id no longer names a message once it moved, its immutable id still does.
 */
export function openMessage(
  context: GraphContext,
  params: Params,
): Outcome<{ readonly mailbox: MailboxTarget; readonly message: MessageRecord }> {
  const mailbox = mailboxTarget(context, params);
  if (!mailbox.ok) return mailbox;
  const id = params['message'] ?? '';
  const message = findMessage(context.store, mailbox.value.upn, id, mailbox.value.ids);
  return message === undefined
    ? failure(messageNotFound())
    : success({ mailbox: mailbox.value, message });
}

/**
 * `POST .../messages/{id}/move` with `{"destinationId"}`, a folder id or well-known name
 * (https://learn.microsoft.com/graph/api/message-move): 201 with the moved message. Moving gives
 * the message a new REST id; its immutable id stays ("immutable ID will NOT change if the item
 * is moved to a different folder in the mailbox", https://learn.microsoft.com/graph/outlook-immutable-id).
 * An Outlook rule that files mail into a folder does the same.
 */
async function move(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const found = openMessage(context, params);
  if (!found.ok) return found.response;
  const { mailbox, message } = found.value;
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const destination = body.value['destinationId'];
  if (typeof destination !== 'string' || destination.trim() === '')
    return graphError(400, 'ErrorInvalidRequest', "The 'destinationId' property is required.");
  const folder = wellKnownFolder(mailbox.upn, destination);
  if (folder === undefined) return messageNotFound();
  const moved =
    folder === message.folder ? message : moveMessage(context.store, message, folder, newMailId());
  const rendered = renderMessage(context, moved, mailbox.ids);
  if (!rendered.ok) return rendered.response;
  return json(201, {
    '@odata.context': contextUrl(context.request, `users('${mailbox.userId}')/messages/$entity`),
    ...rendered.value,
  });
}

/** The move route for a message path pattern. */
export const moveRoute = (messagePattern: string): GraphRoute => ({
  method: 'POST',
  pattern: new RegExp(`${messagePattern}/move$`),
  handle: move,
  scopes: mailbox(OWN_MESSAGE_MOVE, SHARED_MESSAGE_MOVE),
});
