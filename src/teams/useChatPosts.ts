import { useCallback, useEffect, useState } from 'react';
import { firstPostsState, type PostsState } from './posts-state';
import type { TabServices } from './tab-services';

/**
 * Pages through the conversation: the first page at once (or the one the tab was drawn with),
 * "Eerdere berichten" for the next.
 */
export function useChatPosts(
  services: TabServices,
  first?: PostsState,
): {
  readonly state: PostsState;
  readonly loadEarlier: () => void;
} {
  const [state, setState] = useState<PostsState>(first ?? { kind: 'loading' });
  const given = first !== undefined;
  useEffect(() => {
    if (given) return;
    let live = true;
    void firstPostsState(services.page()).then((loaded) => live && setState(loaded));
    return () => {
      live = false;
    };
  }, [services, given]);
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
