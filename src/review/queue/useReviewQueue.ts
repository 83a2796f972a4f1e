import { useCallback, useEffect, useState } from 'react';
import type { RecordId } from '../../core';
import {
  isGraphCallError,
  type LocalFilterCode,
  type ReviewFilter,
  type ReviewItem,
} from '../../graph';
import type { ReviewServices } from '../review-services';

/** Why the queue could not be loaded. */
export type QueueError = 'forbidden' | 'unauthenticated' | 'load';

/** The queue as the page shows it. */
export interface QueueState {
  readonly items: readonly ReviewItem[];
  readonly loading: boolean;
  readonly error?: QueueError;
  readonly nextLink?: string;
  readonly local: readonly LocalFilterCode[];
  readonly hidden: number;
}

/** The review queue for a filter: first page on change, more on request, reloaded records in place. */
export function useReviewQueue(services: ReviewServices, filter: ReviewFilter) {
  const [state, setState] = useState<QueueState>({
    items: [],
    loading: true,
    local: [],
    hidden: 0,
  });
  const load = useCallback(
    async (nextLink?: string) => {
      setState((previous) => ({ ...previous, loading: true }));
      try {
        const page = await services.queue(filter, nextLink);
        setState((previous) => ({
          items: nextLink === undefined ? page.items : [...previous.items, ...page.items],
          loading: false,
          ...(page.nextLink === undefined ? {} : { nextLink: page.nextLink }),
          local: page.local,
          hidden: (nextLink === undefined ? 0 : previous.hidden) + page.hiddenByLocal,
        }));
      } catch (error: unknown) {
        setState((previous) => ({ ...previous, loading: false, error: queueError(error) }));
      }
    },
    [services, filter],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const replace = useCallback((updates: ReadonlyMap<RecordId, ReviewItem | null>) => {
    setState((previous) => ({
      ...previous,
      items: previous.items.flatMap((item) => {
        if (!updates.has(item.record.id)) return [item];
        const update = updates.get(item.record.id);
        return update === null || update === undefined ? [] : [update];
      }),
    }));
  }, []);
  return { state, refresh: () => load(), loadMore: () => load(state.nextLink), replace };
}

function queueError(error: unknown): QueueError {
  if (isGraphCallError(error) && error.kind === 'forbidden') return 'forbidden';
  if (isGraphCallError(error) && error.kind === 'unauthenticated') return 'unauthenticated';
  return 'load';
}
