import { graphCallErrorFromParts } from './error-envelope';
import type { GraphCallError } from './GraphCallError';
import type { GraphClient } from './graph-client';
import { sleep } from './middleware';
import { sendJson } from './request';
import type { GraphBatchResponse } from './wire-types';

/** One request inside a `$batch`; `url` is relative to the version (`/drives/...`). */
export interface BatchStep {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly dependsOn?: readonly string[];
  /** Extra request headers, e.g. `If-Match` with an item's eTag. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** Graph takes at most 20 requests per `$batch`. */
export const MAX_BATCH_STEPS = 20;

const THROTTLED = new Set([429, 503, 504]);
/** Wait before resending throttled steps that came without Retry-After. */
const MIN_BATCH_RETRY_SECONDS = 0.2;

/**
 * Sends steps as one `$batch` (at most 20) and returns each step's response by id. Each inner
 * request is throttled on its own: throttled steps, and steps that failed with 424 because of
 * them, are sent again after the longest Retry-After, up to the client's retry budget.
 */
export async function sendBatch(
  client: GraphClient,
  steps: readonly BatchStep[],
  label: string,
): Promise<Map<string, GraphBatchResponse>> {
  if (steps.length > MAX_BATCH_STEPS) throw new Error('invariant failed: batch-too-large');
  const results = new Map<string, GraphBatchResponse>();
  let pending = steps;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const answer = await sendJson<{ responses?: readonly GraphBatchResponse[] }>(client, {
      method: 'POST',
      url: '/$batch',
      json: { requests: pending.map(toWire(pending)) },
      label,
    });
    for (const response of answer.responses ?? []) results.set(response.id, response);
    const retry = stepsToResend(pending, results);
    if (retry.length === 0 || attempt >= client.retry.maxRetries) break;
    await sleep(longestRetryAfter(retry, results) * 1000);
    pending = retry;
  }
  return results;
}

/** The error of a failed step, mapped like any other Graph error; undefined when it succeeded. */
export function batchStepError(
  response: GraphBatchResponse | undefined,
  operation: string,
): GraphCallError | undefined {
  if (response !== undefined && response.status >= 200 && response.status < 300) return undefined;
  const headers = new Headers(response?.headers ?? {});
  const body = response?.body === undefined ? '' : JSON.stringify(response.body);
  return graphCallErrorFromParts(response?.status ?? 0, headers, body, operation);
}

/**
 * Throttled steps, and steps that failed with 424 because a step they depend on is resent. A 424
 * whose dependency failed for good (a 412, a 403) stays failed: resent alone, it would run
 * without the step it depends on.
 */
function stepsToResend(
  pending: readonly BatchStep[],
  results: Map<string, GraphBatchResponse>,
): BatchStep[] {
  const resend = new Set(
    pending
      .filter((step) => {
        const response = results.get(step.id);
        return response === undefined || THROTTLED.has(response.status);
      })
      .map((step) => step.id),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const step of pending) {
      if (resend.has(step.id) || results.get(step.id)?.status !== 424) continue;
      if ((step.dependsOn ?? []).some((id) => resend.has(id))) {
        resend.add(step.id);
        grew = true;
      }
    }
  }
  return pending.filter((step) => resend.has(step.id));
}

function longestRetryAfter(
  steps: readonly BatchStep[],
  results: Map<string, GraphBatchResponse>,
): number {
  let seconds = MIN_BATCH_RETRY_SECONDS;
  for (const step of steps) {
    const error = batchStepError(results.get(step.id), 'batch');
    if (error?.retryAfter !== undefined) seconds = Math.max(seconds, error.retryAfter);
  }
  return seconds;
}

/** Steps keep their dependencies only on steps sent in the same batch. */
function toWire(pending: readonly BatchStep[]) {
  const ids = new Set(pending.map((step) => step.id));
  return (step: BatchStep) => {
    const dependsOn = (step.dependsOn ?? []).filter((id) => ids.has(id));
    return {
      id: step.id,
      method: step.method,
      url: step.url,
      ...(step.body === undefined && step.headers === undefined
        ? {}
        : {
            ...(step.body === undefined ? {} : { body: step.body }),
            headers: {
              ...(step.body === undefined ? {} : { 'Content-Type': 'application/json' }),
              ...step.headers,
            },
          }),
      ...(dependsOn.length === 0 ? {} : { dependsOn }),
    };
  };
}
