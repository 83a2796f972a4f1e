import type { GraphContext } from '../../context';
import { failure, success, type Outcome } from '../../http/exchange';
import { graphError, itemNotFound } from '../../http/graph-error';
import type { MessageIdKind } from '../../store/messages';
import { isDelegate } from '../../store/mailbox-delegates';
import { findUser } from '../../store/users';

/** The mailbox a mail route works on, and which kind of message ids the request uses. */
export interface MailboxTarget {
  /** The mailbox owner's user principal name. */
  readonly upn: string;
  /** The owner's user id (for `@odata.context`). */
  readonly userId: string;
  readonly ids: MessageIdKind;
}

/**
 * `/me/...` is the signed-in user's own mailbox. `/users/{upn}/...` is another mailbox, which
 * the user may open only when delegated to it (Full Access, as for a shared mailbox); Graph
 * answers any other with 403 ErrorAccessDenied
 * (https://learn.microsoft.com/graph/outlook-share-messages-folders: access to another user's
 * or a shared mailbox follows the permissions that user or an administrator granted, with
 * Mail.Read.Shared / Mail.ReadWrite.Shared).
 */
export function mailboxTarget(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Outcome<MailboxTarget> {
  const ids = idKindOf(context.request.headers['prefer']);
  const upn = params['user'];
  if (upn === undefined) return success({ upn: context.user.upn, userId: context.user.id, ids });
  const owner = findUser(context.store, upn);
  if (owner === undefined) return failure(itemNotFound('The mailbox could not be found.'));
  if (owner.id !== context.user.id && !isDelegate(context.store, owner.upn, context.user.upn))
    return failure(
      graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
    );
  return success({ upn: owner.upn, userId: owner.id, ids });
}

/**
 * Which ids a request uses: immutable ones only with `Prefer: IdType="ImmutableId"`, which
 * "only applies to the request it is included with"
 * (https://learn.microsoft.com/graph/outlook-immutable-id). Whether Graph takes the other
 * kind of id in a request URL is not documented; the stricter reading is taken: a request names
 * messages by the kind of id it asks for.
 */
export function idKindOf(prefer: string | undefined): MessageIdKind {
  return /\bIdType\s*=\s*"?ImmutableId"?/i.test(prefer ?? '') ? 'immutable' : 'rest';
}
