import type { Page } from '../graph';
import type { ChatPost } from '../graph/chats/chat-post';
import { isGraphCallError } from '../graph/GraphCallError';

/** Why the messages could not be read: not a member, not found, or anything else. */
export type ReadProblem = 'not-member' | 'not-found' | 'read-failed';

/** The messages the tab has loaded, newest first, and how to load earlier ones. */
export type PostsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly problem: ReadProblem }
  | {
      readonly kind: 'ready';
      readonly posts: readonly ChatPost[];
      readonly nextLink: string | undefined;
      readonly loadingMore: boolean;
    };

function problemOf(error: unknown): ReadProblem {
  if (!isGraphCallError(error)) return 'read-failed';
  if (error.kind === 'forbidden') return 'not-member';
  return error.kind === 'not-found' ? 'not-found' : 'read-failed';
}

/** The first page read into the tab's state: ready with its posts, or why it failed. */
export function firstPostsState(page: Promise<Page<ChatPost>>): Promise<PostsState> {
  return page.then(
    (loaded) => ({
      kind: 'ready',
      posts: loaded.items,
      nextLink: loaded.nextLink,
      loadingMore: false,
    }),
    (error: unknown) => ({ kind: 'failed', problem: problemOf(error) }),
  );
}
