import {
  asConversationId,
  asImmutableItemId,
  asSourceId,
  type ImmutableItemId,
} from '../../core/ids';
import { bareMessageId } from '../../core/message-id';
import type { Message } from '../../core/message';
import { asDismissalReason, DISMISSED_PROPERTY_ID, type DismissalReason } from './dismissal';
import { RECORD_URL_PROPERTY_ID } from './filed-mark';
import { dateOf, partiesOf, partyOf, type RecipientWire } from './recipient-wire';

/** The folders "nog vastleggen" reads: what came in and what was sent. */
export type MailFolderName = 'inbox' | 'sentitems';

/** What Bronvast has recorded on a mail: filed, set aside, or neither yet. */
export type MailMark =
  | { readonly kind: 'open' }
  | { readonly kind: 'filed' }
  | { readonly kind: 'dismissed'; readonly reason: DismissalReason };

/** A mail of a mailbox as the core assesses it, with where it is and its mark. */
export interface MailboxMail {
  readonly id: ImmutableItemId;
  /** The shared mailbox it is in; absent for the officer's own. */
  readonly mailbox?: string;
  readonly folder: MailFolderName;
  readonly message: Message;
  readonly mark: MailMark;
}

/** The fields of a message the list selects, as Graph sends them. */
export interface MailboxMailWire {
  readonly id: string;
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly subject?: string;
  readonly from?: RecipientWire;
  readonly toRecipients?: readonly RecipientWire[];
  readonly ccRecipients?: readonly RecipientWire[];
  readonly sentDateTime?: string;
  readonly receivedDateTime?: string;
  readonly body?: { readonly contentType?: string; readonly content?: string };
  readonly internetMessageHeaders?: readonly { readonly name?: string; readonly value?: string }[];
  readonly singleValueExtendedProperties?: readonly {
    readonly id: string;
    readonly value: string;
  }[];
}

/** Maps one listed message to the core's Message and Bronvast's mark on it. */
export function toMailboxMail(
  wire: MailboxMailWire,
  folder: MailFolderName,
  mailbox: string | undefined,
): MailboxMail {
  const from = partyOf(wire.from);
  const sent = dateOf(wire.sentDateTime);
  const received = dateOf(wire.receivedDateTime);
  const message: Message = {
    kind: 'mail',
    id: asSourceId(bareMessageId(wire.internetMessageId ?? '')),
    ...(wire.conversationId === undefined
      ? {}
      : { conversationId: asConversationId(wire.conversationId) }),
    subject: wire.subject ?? '',
    ...(from === undefined ? {} : { from }),
    to: partiesOf(wire.toRecipients),
    cc: partiesOf(wire.ccRecipients),
    ...(sent === undefined ? {} : { sent }),
    ...(received === undefined ? {} : { received }),
    bodyText: wire.body?.contentType === 'text' ? (wire.body.content ?? '') : '',
    headers: headersOf(wire.internetMessageHeaders),
    attachments: [],
  };
  return {
    id: asImmutableItemId(wire.id),
    ...(mailbox === undefined ? {} : { mailbox }),
    folder,
    message,
    mark: markOf(wire.singleValueExtendedProperties ?? []),
  };
}

function headersOf(
  wires: readonly { readonly name?: string; readonly value?: string }[] | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value } of wires ?? [])
    if (name !== undefined && value !== undefined) headers[name.toLowerCase()] = value;
  return headers;
}

function markOf(properties: readonly { readonly id: string; readonly value: string }[]): MailMark {
  const value = (id: string): string | undefined =>
    properties.find((property) => property.id.toLowerCase() === id.toLowerCase())?.value;
  const recordUrl = value(RECORD_URL_PROPERTY_ID);
  if (recordUrl !== undefined && recordUrl !== '') return { kind: 'filed' };
  const reason = asDismissalReason(value(DISMISSED_PROPERTY_ID));
  return reason === null ? { kind: 'open' } : { kind: 'dismissed', reason };
}
