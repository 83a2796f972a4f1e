import type { ChatLocation } from './chat-location';
import { hostedImagesOf, type HostedImage } from './hosted-images';
import type { GraphChatIdentitySet, GraphChatMessage } from './chat-wire';

/** What a chat message is: a message, a system event (members added, ...), or a deleted one. */
export type ChatPostKind = 'message' | 'system' | 'deleted';

/** A chat member as a message names them. */
export interface ChatAuthor {
  readonly id: string;
  readonly name: string;
}

/** A file a message links to (Teams keeps it in SharePoint or OneDrive). */
export interface ChatFileLink {
  readonly name: string;
  readonly url: string;
}

/**
 * One chat or channel message as Bronvast works with it, mapped once from Graph's chatMessage.
 * `untrustedHtml` is the body as Teams stores it: hostile until sanitised, never inserted as is.
 * `source` is the chatMessage exactly as received, filed beside the rendering.
 */
export interface ChatPost {
  readonly id: string;
  readonly location: ChatLocation;
  readonly kind: ChatPostKind;
  readonly replyToId: string | null;
  readonly created: Date;
  readonly author?: ChatAuthor;
  readonly subject?: string;
  readonly importance: 'normal' | 'high' | 'urgent';
  readonly untrustedHtml: string;
  readonly reactions: readonly { readonly type: string; readonly by: string }[];
  readonly files: readonly ChatFileLink[];
  /** The inline images that are this message's own hosted contents (see `hostedImagesOf`). */
  readonly hostedImages: readonly HostedImage[];
  readonly source: GraphChatMessage;
}

function authorOf(from: GraphChatIdentitySet | null | undefined): ChatAuthor | undefined {
  const user = from?.user;
  if (user?.id !== undefined) return { id: user.id, name: user.displayName ?? user.id };
  const app = from?.application?.displayName;
  return app === undefined || app === null ? undefined : { id: `app:${app}`, name: app };
}

function kindOf(wire: GraphChatMessage): ChatPostKind {
  if (wire.deletedDateTime !== undefined && wire.deletedDateTime !== null) return 'deleted';
  return wire.messageType === undefined || wire.messageType === 'message' ? 'message' : 'system';
}

function importanceOf(value: string | undefined): ChatPost['importance'] {
  return value === 'high' || value === 'urgent' ? value : 'normal';
}

/**
 * Maps a Graph chatMessage to a {@link ChatPost}; `graphBaseUrl` is the client's base, the only
 * place its inline images may come from.
 */
export function chatPostFromWire(
  wire: GraphChatMessage,
  location: ChatLocation,
  graphBaseUrl: string,
): ChatPost {
  const kind = kindOf(wire);
  const html = kind === 'message' ? (wire.body?.content ?? '') : '';
  const author = authorOf(wire.from);
  const subject = wire.subject ?? undefined;
  return {
    id: wire.id,
    location,
    kind,
    replyToId: wire.replyToId ?? null,
    created: new Date(wire.createdDateTime ?? 0),
    ...(author === undefined ? {} : { author }),
    ...(subject === undefined || subject === '' ? {} : { subject }),
    importance: importanceOf(wire.importance),
    untrustedHtml: html,
    reactions: (wire.reactions ?? []).map((reaction) => ({
      type: reaction.reactionType ?? '',
      by: authorOf(reaction.user)?.name ?? '',
    })),
    files: (wire.attachments ?? []).flatMap((attachment) =>
      attachment.contentType === 'reference' && typeof attachment.contentUrl === 'string'
        ? [{ name: attachment.name ?? attachment.contentUrl, url: attachment.contentUrl }]
        : [],
    ),
    hostedImages: hostedImagesOf(html, graphBaseUrl, location, {
      id: wire.id,
      replyToId: wire.replyToId ?? null,
    }),
    source: wire,
  };
}
