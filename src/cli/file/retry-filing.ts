import { backoffDelay, readGraphFailure, type ReadFailure } from '../../filing';
import { isGraphCallError } from '../../graph';
// The Graph client's own wait, so that a retry here waits as the client's middleware does.
import { sleep } from '../../graph/middleware';
import type { BacklogFailure, BacklogResult } from './backlog-outcome';

/** How often one input is tried when the record system fails transiently. */
export const MAX_ATTEMPTS = 5;

/** Options of {@link fileWithRetry}; tests shorten the waits. */
export interface RetryFilingOptions {
  readonly maxAttempts?: number;
  readonly wait?: (ms: number) => Promise<void>;
  readonly delay?: (attempts: number, retryAfterMs?: number) => number;
  readonly readFailure?: ReadFailure;
}

/**
 * Files one input, trying again after a transient failure (throttled beyond what the Graph
 * client's own retries absorbed, a dropped connection, a server error) with the outbox's
 * backoff and its reading of Graph failures, honouring Retry-After. Safe because filing is
 * idempotent. Any other failure, or the last attempt's, becomes a failed result with a code.
 */
export async function fileWithRetry(
  source: string,
  attempt: () => Promise<BacklogResult>,
  options: RetryFilingOptions = {},
): Promise<BacklogResult> {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt();
    } catch (error) {
      const reading = (options.readFailure ?? readGraphFailure)(error);
      if (!reading.transient || attempts >= maxAttempts) {
        return { source, outcome: { kind: 'failed', reason: failureOf(error) } };
      }
      await (options.wait ?? sleep)(
        (options.delay ?? backoffDelay)(attempts, reading.retryAfterMs),
      );
    }
  }
}

function failureOf(error: unknown): BacklogFailure {
  return isGraphCallError(error) ? `graph-${error.kind}` : 'file-unreadable';
}
