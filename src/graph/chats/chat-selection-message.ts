import { asConversationId, asSourceId } from '../../core/vocabulary';
import type { Message, Party } from '../../core';
import { conversationOf } from './chat-location';
import type { ChatAuthor, ChatPost } from './chat-post';
import { chatHtmlToText } from './chat-text';

/** A decision and the messages that explain it, as a member picked them. */
export interface ChatSelection {
  readonly decision: ChatPost;
  /** Context messages (thread replies, messages before and after), any order. */
  readonly context: readonly ChatPost[];
  /** The chat's topic or the channel's name. */
  readonly title: string;
}

const party = (author: ChatAuthor): Party => ({ name: author.name, address: author.id });

/** The selection's messages in time order, system and deleted messages left out. */
export function selectionInOrder(selection: ChatSelection): ChatPost[] {
  const unique = new Map<string, ChatPost>();
  for (const post of [selection.decision, ...selection.context]) unique.set(post.id, post);
  return [...unique.values()]
    .filter((post) => post.kind === 'message')
    .sort((a, b) => a.created.getTime() - b.created.getTime());
}

/**
 * The core's Message for a chat selection: the decision is its identity (source id = message id,
 * conversation = chat or channel id, so the dedup key is `chat:<chat>/<message>`), its author the
 * sender and the other authors the recipients; the text is every selected message as
 * "Name: text" in time order, so the assessment reads the whole exchange.
 */
export function messageFromChatSelection(selection: ChatSelection): Message {
  const { decision } = selection;
  const posts = selectionInOrder(selection);
  const others = new Map<string, Party>();
  for (const post of posts) {
    if (post.author !== undefined && post.author.id !== decision.author?.id)
      others.set(post.author.id, party(post.author));
  }
  const lines = posts.map(
    (post) => `${post.author?.name ?? ''}: ${chatHtmlToText(post.untrustedHtml)}`,
  );
  const decisionText = chatHtmlToText(decision.untrustedHtml).split('\n')[0] ?? '';
  const subject =
    decision.subject ??
    (selection.title === '' ? decisionText : `${selection.title}: ${decisionText}`);
  return {
    kind: 'chat',
    id: asSourceId(decision.id),
    conversationId: asConversationId(conversationOf(decision.location)),
    subject: subject.slice(0, 200),
    ...(decision.author === undefined ? {} : { from: party(decision.author) }),
    to: [...others.values()],
    cc: [],
    sent: decision.created,
    bodyText: lines.join('\n'),
    headers: {},
    attachments: posts.flatMap((post) => post.files.map((file) => ({ name: file.name, size: 0 }))),
  };
}
