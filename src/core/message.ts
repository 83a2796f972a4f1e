import type { ConversationId, SourceId } from './ids';

/** Whether a message is an e-mail or a Teams chat/channel message. */
export type MessageKind = 'mail' | 'chat';

/**
 * A correspondent: display name where known, and the address (lower-case for mail); the
 * address is empty when the source names the party only (exported mail: `Klachtencentrum`).
 */
export interface Party {
  readonly name?: string;
  readonly address: string;
}

/** An attachment's name and size in bytes; content is never part of the assessment. */
export interface Attachment {
  readonly name: string;
  readonly size: number;
  readonly contentType?: string;
}

/**
 * One e-mail or chat message as the core sees it, whatever it came from (.eml, Office.js,
 * Graph). Header names are lower-case and limited to those that matter for the assessment
 * (list-unsubscribe, auto-submitted, precedence, x-auto-response-suppress, ...).
 */
export interface Message {
  readonly kind: MessageKind;
  readonly id: SourceId;
  readonly conversationId?: ConversationId;
  readonly subject: string;
  readonly from?: Party;
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly sent?: Date;
  readonly received?: Date;
  /** Plain text of the body (from text/plain, else derived from the HTML). */
  readonly bodyText: string;
  readonly bodyHtml?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly attachments: readonly Attachment[];
}
