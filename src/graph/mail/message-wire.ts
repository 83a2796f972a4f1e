import { asConversationId, asSourceId, bareMessageId } from '../../core/vocabulary';
import type { Message } from '../../core';
import { dateOf, partiesOf, partyOf, type RecipientWire } from './recipient-wire';

/** The fields of a message that say who wrote it to whom and when, as Graph sends them. */
export interface MessageHeaderWire {
  readonly internetMessageId?: string;
  readonly conversationId?: string;
  readonly subject?: string;
  readonly from?: RecipientWire;
  readonly toRecipients?: readonly RecipientWire[];
  readonly ccRecipients?: readonly RecipientWire[];
  readonly sentDateTime?: string;
  readonly receivedDateTime?: string;
}

/** What a message holds besides its header fields, where the caller has read it. */
export interface MessageContent {
  readonly bodyText: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The core's Message from a Graph message's header fields and the content the caller read; the
 * id is the internetMessageId (empty when Graph has none).
 */
export function messageOfWire(wire: MessageHeaderWire, content: MessageContent): Message {
  const from = partyOf(wire.from);
  const sent = dateOf(wire.sentDateTime);
  const received = dateOf(wire.receivedDateTime);
  return {
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
    bodyText: content.bodyText,
    headers: content.headers,
    attachments: [],
  };
}
