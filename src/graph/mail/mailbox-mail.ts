import { asImmutableItemId, type ImmutableItemId } from '../../core/vocabulary';
import type { Message } from '../../core';
import { asDismissalReason, DISMISSED_PROPERTY_ID, type DismissalReason } from './dismissal';
import { RECORD_URL_PROPERTY_ID } from './filed-mark';
import { messageOfWire, type MessageHeaderWire } from './message-wire';

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
export interface MailboxMailWire extends MessageHeaderWire {
  readonly id: string;
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
  const message = messageOfWire(wire, {
    bodyText: wire.body?.contentType === 'text' ? (wire.body.content ?? '') : '',
    headers: headersOf(wire.internetMessageHeaders),
  });
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
