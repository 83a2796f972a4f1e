import { graphCallErrorFromResponse } from '../error-envelope';
import type { GraphClient, GraphHttpRequest } from '../graph-client';
import { isGraphCallError, type GraphCallError } from '../GraphCallError';
import { sleep } from '../middleware';

const RETRYABLE = new Set([429, 500, 502, 503, 504]);

/** A response, or the failure an upload step may recover from by trying again. */
export type UploadAttempt =
  | { readonly kind: 'response'; readonly response: Response }
  | { readonly kind: 'retryable'; readonly waitMs: number; readonly error: GraphCallError };

/**
 * Sends one upload request (octet-stream body, which the SDK's RetryHandler will not retry)
 * once, and classifies the outcome: throttled, server errors and dropped connections are
 * retryable, with the wait from Retry-After or an exponential back-off.
 */
export async function attemptUpload(
  client: GraphClient,
  request: GraphHttpRequest,
  attempt: number,
): Promise<UploadAttempt> {
  const backoffMs = Math.min(30_000, client.retry.networkDelayMs * 2 ** attempt);
  try {
    const response = await client.send({
      ...request,
      networkRetry: false,
      timeoutMs: client.retry.uploadTimeoutMs,
    });
    if (!RETRYABLE.has(response.status)) return { kind: 'response', response };
    const error = await graphCallErrorFromResponse(response, request.label);
    const waitMs = error.retryAfter === undefined ? backoffMs : error.retryAfter * 1000;
    return { kind: 'retryable', waitMs, error };
  } catch (error) {
    if (isGraphCallError(error) && error.kind === 'network') {
      return { kind: 'retryable', waitMs: backoffMs, error };
    }
    throw error;
  }
}

/**
 * Sends an upload request until it gets a non-retryable response, within the client's chunk
 * attempts; the last retryable failure is thrown.
 */
export async function sendUploadWithRetry(
  client: GraphClient,
  request: GraphHttpRequest,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptUpload(client, request, attempt);
    if (outcome.kind === 'response') return outcome.response;
    if (attempt + 1 >= client.retry.chunkAttempts) throw outcome.error;
    await sleep(outcome.waitMs);
  }
}
