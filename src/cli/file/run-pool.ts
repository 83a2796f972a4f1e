/** Options of {@link runPool}. */
export interface PoolOptions {
  /** How many items are worked on at once. */
  readonly concurrency: number;
  /** Asked before each new item is taken; true stops taking (items in flight finish). */
  readonly stopped: () => boolean;
  /**
   * Asked for a place before each item is worked on (an adaptive limit below `concurrency`);
   * returns how to give the place back.
   */
  readonly admit?: () => Promise<() => void>;
}

/**
 * Works through an async sequence with a fixed number of workers, taking the next item only
 * when a worker is free: however long the sequence, only `concurrency` items are in memory.
 * `onDone` is called once per item, as it finishes. Resolves when every item taken is done.
 */
export async function runPool<T, R>(
  items: AsyncIterator<T>,
  work: (item: T) => Promise<R>,
  onDone: (result: R) => Promise<void> | void,
  options: PoolOptions,
): Promise<void> {
  // Async generators queue concurrent next() calls, so the workers can share one iterator.
  const worker = async (): Promise<void> => {
    while (!options.stopped()) {
      const release = (await options.admit?.()) ?? (() => undefined);
      try {
        if (options.stopped()) return;
        const next = await items.next();
        if (next.done === true) return;
        await onDone(await work(next.value));
      } finally {
        release();
      }
    }
  };
  const count = Math.max(1, Math.floor(options.concurrency));
  await Promise.all(Array.from({ length: count }, () => worker()));
}
