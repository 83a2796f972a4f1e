import { isGraphCallError } from '../../graph/GraphCallError';
import { sleep } from '../../graph/middleware';
import { backoffDelay } from '../../ui/outbox/backoff';
import type { BacklogResult } from './backlog-outcome';

/** How often one input is tried when the record system fails transiently. */
export const MAX_ATTEMPTS = 5;

/** Options of {@link fileWithRetry}; tests shorten the waits. */
export interface RetryFilingOptions {
  readonly maxAttempts?: number;
  readonly wait?: (ms: number) => Promise<void>;
  readonly delay?: (attempts: number, retryAfterMs?: number) => number;
}

/**
 * Files one input, trying again after a transient failure (throttled beyond what the Graph
 * client's own retries absorbed, a dropped connection, a server error) with the outbox's
 * backoff, honouring Retry-After. Safe because filing is idempotent. Any other failure, or
 * the last attempt's, becomes a failed result with a code.
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
      if (!isGraphCallError(error)) {
        return { source, outcome: { kind: 'failed', reason: 'file-unreadable' } };
      }
      const transient =
        error.kind === 'throttled' ||
        error.kind === 'network' ||
        (error.kind === 'unexpected' && error.status >= 500);
      if (!transient || attempts >= maxAttempts) {
        return { source, outcome: { kind: 'failed', reason: `graph-${error.kind}` } };
      }
      const retryAfterMs = error.retryAfter === undefined ? undefined : error.retryAfter * 1000;
      await (options.wait ?? sleep)((options.delay ?? backoffDelay)(attempts, retryAfterMs));
    }
  }
}
