import type { Assessment, Dossier, Message } from '../core';
import type { Outbox } from '../filing/outbox';
import type { ChatSanitizer } from '../filing/chat/sanitize-chat-html';
import type { Page } from '../graph';
import type { ChatLocation, ChatPost, HostedImage } from '../graph/chats';

/** What the tab knows of a filed decision of this conversation. */
export interface FiledDecision {
  readonly dossier: string;
  readonly recordUrl: string;
}

/** Everything the tab does with the outside world, handed down from its composition root. */
export interface TabServices {
  readonly location: ChatLocation;
  readonly title: () => Promise<string>;
  readonly page: (nextLink?: string) => Promise<Page<ChatPost>>;
  readonly replies: (rootId: string) => Promise<readonly ChatPost[]>;
  /** A shown URL (blob:) for one of a post's own hosted images, fetched by id. */
  readonly image: (post: ChatPost, image: HostedImage) => Promise<string>;
  readonly sanitize: ChatSanitizer;
  readonly assess: (message: Message) => Promise<Assessment>;
  /** Loads what an assessment needs (the core, the dossiers, the history) before it is asked. */
  readonly prepareAssessment: () => void;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  /** Decisions of this conversation in the record system, by message id. */
  readonly filed: () => Promise<ReadonlyMap<string, FiledDecision>>;
  readonly reply: (html: string, replyToId: string | null) => Promise<void>;
  readonly outbox: Outbox;
}
