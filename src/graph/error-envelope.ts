import { GraphCallError, type GraphCallErrorKind } from './GraphCallError';

/** Graph's error envelope: `{"error": {"code", "message", "innerError": {"request-id"}}}`. */
interface GraphErrorEnvelope {
  readonly error?: {
    readonly code?: string;
    readonly message?: string;
    readonly innerError?: { readonly 'request-id'?: string; readonly date?: string };
  };
}

/** Maps an HTTP status to the error kind. The one place this mapping lives. */
export function errorKindForStatus(status: number): GraphCallErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  return 'unexpected';
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Builds the error from a status, headers and the body text of a failed response. */
export function graphCallErrorFromParts(
  status: number,
  headers: Headers,
  bodyText: string,
  operation: string,
): GraphCallError {
  const envelope = parseEnvelope(bodyText);
  const requestId = envelope.error?.innerError?.['request-id'] ?? headers.get('request-id');
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  return new GraphCallError({
    kind: errorKindForStatus(status),
    status,
    operation,
    ...(envelope.error?.code === undefined ? {} : { code: envelope.error.code }),
    ...(envelope.error?.message === undefined ? {} : { message: envelope.error.message }),
    ...(requestId === null || requestId === undefined ? {} : { requestId }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
  });
}

/** Reads a failed response's body and maps it. */
export async function graphCallErrorFromResponse(
  response: Response,
  operation: string,
): Promise<GraphCallError> {
  const text = await response.text().catch(() => '');
  return graphCallErrorFromParts(response.status, response.headers, text, operation);
}

/** A fetch that threw (connection refused, reset, dropped). */
export function networkError(cause: unknown, operation: string): GraphCallError {
  return new GraphCallError({ kind: 'network', status: 0, operation, cause });
}

function parseEnvelope(text: string): GraphErrorEnvelope {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphErrorEnvelope) : {};
  } catch {
    return {};
  }
}
