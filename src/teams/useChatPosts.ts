import { useCallback, useEffect, useState } from 'react';
import { isGraphCallError } from '../graph/GraphCallError';
import type { ChatPost } from '../graph/chats';
import type { TabServices } from './tab-services';

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

/** Pages through the conversation: the first page at once, "Eerdere berichten" for the next. */
export function useChatPosts(services: TabServices): {
  readonly state: PostsState;
  readonly loadEarlier: () => void;
} {
  const [state, setState] = useState<PostsState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    services.page().then(
      (page) =>
        live &&
        setState({ kind: 'ready', posts: page.items, nextLink: page.nextLink, loadingMore: false }),
      (error: unknown) => live && setState({ kind: 'failed', problem: problemOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [services]);
  const loadEarlier = useCallback(() => {
    if (state.kind !== 'ready' || state.nextLink === undefined || state.loadingMore) return;
    setState({ ...state, loadingMore: true });
    services.page(state.nextLink).then(
      (page) =>
        setState({
          kind: 'ready',
          posts: [...state.posts, ...page.items],
          nextLink: page.nextLink,
          loadingMore: false,
        }),
      () => setState({ ...state, loadingMore: false }),
    );
  }, [services, state]);
  return { state, loadEarlier };
}
