/** Graph's identity set on a chat message (`from`, a reaction's `user`). */
export interface GraphChatIdentitySet {
  readonly user?: {
    readonly id?: string;
    readonly displayName?: string | null;
  } | null;
  readonly application?: { readonly displayName?: string | null } | null;
}

/** `chatMessage`, as Graph returns it from chats and channels. */
export interface GraphChatMessage {
  readonly id: string;
  readonly replyToId?: string | null;
  readonly messageType?: string;
  readonly createdDateTime?: string;
  readonly lastModifiedDateTime?: string | null;
  readonly deletedDateTime?: string | null;
  readonly subject?: string | null;
  readonly importance?: string;
  readonly chatId?: string | null;
  readonly from?: GraphChatIdentitySet | null;
  readonly body?: { readonly contentType?: string; readonly content?: string | null };
  readonly attachments?: readonly {
    readonly id?: string;
    readonly contentType?: string;
    readonly contentUrl?: string | null;
    readonly name?: string | null;
  }[];
  readonly mentions?: readonly { readonly id?: number; readonly mentionText?: string }[];
  readonly reactions?: readonly {
    readonly reactionType?: string;
    readonly createdDateTime?: string;
    readonly user?: GraphChatIdentitySet | null;
  }[];
  readonly eventDetail?: Readonly<Record<string, unknown>> | null;
}

/** `chat`. */
export interface GraphChat {
  readonly id: string;
  readonly topic?: string | null;
  readonly chatType?: string;
}

/** `channel`. */
export interface GraphChannel {
  readonly id: string;
  readonly displayName?: string;
  readonly description?: string | null;
}
