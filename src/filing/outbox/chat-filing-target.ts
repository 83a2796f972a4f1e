import type { ChatLocation } from '../../graph/chats';

/** A message of a chat or channel, as a filing job names it. */
export interface ChatMessageRef {
  readonly id: string;
  /** A channel reply: its thread's root message. */
  readonly replyToId: string | null;
}

/** Which chat decision to file: where, the decision, and the context messages picked with it. */
export interface ChatFilingTarget {
  readonly location: ChatLocation;
  readonly decision: ChatMessageRef;
  readonly context: readonly ChatMessageRef[];
  /** The chat's topic or the channel's name, for the record's title. */
  readonly title: string;
}
