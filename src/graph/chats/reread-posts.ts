import { batchStepError, MAX_BATCH_STEPS, sendBatch } from '../batch';
import type { GraphCallError } from '../GraphCallError';
import type { GraphClient } from '../graph-client';
import { messagePath } from './chat-location';
import { chatPostFromWire, type ChatPost } from './chat-post';
import type { GraphChatMessage } from './chat-wire';

/** A message read again: as it is now, or gone (404). */
export type RereadPost =
  | { readonly kind: 'found'; readonly post: ChatPost }
  | { readonly kind: 'gone'; readonly id: string };

/**
 * Reads messages again just before filing, 20 per `$batch` (a decision with 20 context messages
 * costs 2 requests), so a message deleted since it was listed is noticed. Other failures throw
 * the step's GraphCallError.
 */
export async function rereadPosts(
  client: GraphClient,
  posts: readonly Pick<ChatPost, 'id' | 'replyToId' | 'location'>[],
): Promise<RereadPost[]> {
  const results: RereadPost[] = [];
  for (let start = 0; start < posts.length; start += MAX_BATCH_STEPS) {
    const group = posts.slice(start, start + MAX_BATCH_STEPS);
    const steps = group.map((post, index) => ({
      id: String(index),
      method: 'GET' as const,
      url: messagePath(post.location, post.id, post.replyToId),
    }));
    const responses = await sendBatch(client, steps, 'chats.reread');
    group.forEach((post, index) => {
      const response = responses.get(String(index));
      if (response?.status === 404) {
        results.push({ kind: 'gone', id: post.id });
        return;
      }
      const error: GraphCallError | undefined = batchStepError(response, 'chats.reread');
      if (error !== undefined) throw error;
      // The batch body is the wire chatMessage; mapped here, once.
      const wire = response?.body as GraphChatMessage;
      results.push({ kind: 'found', post: chatPostFromWire(wire, post.location, client.baseUrl) });
    });
  }
  return results;
}
