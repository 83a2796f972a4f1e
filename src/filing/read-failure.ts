import { isGraphCallError } from '../graph/GraphCallError';
import type { ReadFailure } from './outbox';

/** Reads a Graph failure: throttling and dropped connections wait and retry on their own. */
export const readGraphFailure: ReadFailure = (error) => {
  if (!isGraphCallError(error)) return { reason: 'network', transient: true };
  const transient = ['throttled', 'network', 'unexpected', 'conflict'].includes(error.kind);
  return {
    reason: error.kind,
    transient,
    ...(error.retryAfter === undefined ? {} : { retryAfterMs: error.retryAfter * 1000 }),
  };
};
