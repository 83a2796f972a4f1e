import type { OutboxStore } from '../filing/outbox';

/**
 * An outbox store usable at once while the real one opens (IndexedDB takes a while on a cold
 * start): each call waits for the opening. Lets the pane render without waiting for the database.
 */
export function deferredOutboxStore<C extends string>(
  opening: Promise<OutboxStore<C>>,
): OutboxStore<C> {
  return {
    all: async () => (await opening).all(),
    get: async (id) => (await opening).get(id),
    put: async (job) => (await opening).put(job),
    remove: async (id) => (await opening).remove(id),
    close: () => void opening.then((store) => store.close()),
  };
}
