// Chunking: the pane's first view reads failures; the Graph index would bring the whole adapter
// and its client library into that first chunk.
import { isGraphCallError } from '../graph/GraphCallError';
import { isSiteNotProvisionedError, type FilingErrorCode } from './filing-error';
import type { FailureReading, ReadFailure } from './outbox';

const TRANSIENT: readonly FilingErrorCode[] = ['throttled', 'network', 'unexpected', 'conflict'];

/**
 * Reads why a filing failed: throttling and dropped connections wait and retry on their own;
 * a site without Bronvast's lists is a configuration error, reported once and never retried
 * on its own; `other` reads what only the surface knows (a sign-in that failed). Anything
 * else is unexpected: reported, not retried in a loop.
 */
export function readFilingFailure<O extends string = never>(
  error: unknown,
  other?: (error: unknown) => FailureReading<O> | undefined,
): FailureReading<FilingErrorCode | O> {
  if (isGraphCallError(error)) {
    return {
      reason: error.kind,
      transient: TRANSIENT.includes(error.kind),
      ...(error.retryAfter === undefined ? {} : { retryAfterMs: error.retryAfter * 1000 }),
    };
  }
  if (isSiteNotProvisionedError(error))
    return { reason: 'site-not-provisioned', transient: false, permanent: true };
  return other?.(error) ?? { reason: 'unexpected', transient: false };
}

/** {@link readFilingFailure} without a surface's own reading. */
export const readGraphFailure: ReadFailure = (error) => readFilingFailure(error);
