/** What went wrong with a Graph call, as a code the surfaces turn into a sentence. */
export type GraphCallErrorKind =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'throttled'
  | 'network'
  | 'unexpected';

/** The details of a failed Graph call. */
export interface GraphCallErrorDetails {
  readonly kind: GraphCallErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** Graph's `error.code`, e.g. `accessDenied`, `nameAlreadyExists`. */
  readonly code?: string;
  readonly requestId?: string;
  /** Seconds to wait before trying again, from `Retry-After`. */
  readonly retryAfter?: number;
  /** The request's label (the operation), for logs and counts. */
  readonly operation?: string;
  readonly message?: string;
  readonly cause?: unknown;
}

/**
 * The one error type of the Graph adapter (STYLE.md habit 6). Thrown for failed I/O only;
 * expected outcomes (already filed, conflict) are values.
 */
export class GraphCallError extends Error {
  override readonly name = 'GraphCallError' as const;
  readonly kind: GraphCallErrorKind;
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfter: number | undefined;
  readonly operation: string | undefined;
  /** Graph's own (English) message, for logs; the surfaces show sentences of their own. */
  readonly graphMessage: string | undefined;

  constructor(details: GraphCallErrorDetails) {
    super(
      `${details.operation ?? 'graph'}: ${details.kind} (${details.status}${details.code === undefined ? '' : ` ${details.code}`})`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.kind = details.kind;
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.retryAfter = details.retryAfter;
    this.operation = details.operation;
    this.graphMessage = details.message;
  }
}

/** True for a GraphCallError, also one made in another realm (iframe, test module registry). */
export function isGraphCallError(value: unknown): value is GraphCallError {
  return (
    value instanceof GraphCallError ||
    (typeof value === 'object' &&
      value !== null &&
      'name' in value &&
      value.name === 'GraphCallError' &&
      'kind' in value &&
      typeof value.kind === 'string')
  );
}
