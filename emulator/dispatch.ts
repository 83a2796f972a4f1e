import { accessOf } from './access';
import { authenticate } from './auth';
import type { EmulatorServices, GraphContext, UploadContext } from './context';
import type { FaultDecision } from './faults';
import type { EmulatorRequest, EmulatorResponse } from './http/exchange';
import { graphError } from './http/graph-error';
import { matchRoute, type Route } from './http/router';

/** The route tables the dispatcher serves. */
export interface RouteTables {
  readonly graph: readonly Route<GraphContext>[];
  readonly upload: readonly Route<UploadContext>[];
}

/** Runs one Graph request (socket or inner `$batch`): faults, authentication, route. */
export async function dispatchGraph(
  services: EmulatorServices,
  tables: RouteTables,
  request: EmulatorRequest,
  mayDrop: boolean,
): Promise<EmulatorResponse> {
  const fault = faultResponse(services.faults().decide(mayDrop));
  if (fault !== undefined) return fault;
  const auth = authenticate(services.store, request.headers['authorization']);
  if (!auth.ok) return auth.response;
  const match = matchRoute(tables.graph, request.method, request.path);
  if (match.kind !== 'found') return unmatched(match.kind, request);
  const context: GraphContext = {
    request,
    user: auth.value,
    store: services.store,
    access: accessOf(services.store, auth.value),
    dispatchInner: (inner) => dispatchGraph(services, tables, inner, false),
  };
  return guard(() => match.route.handle(context, match.params));
}

/** Runs one request on an upload URL; these carry no Authorization header. */
export async function dispatchUpload(
  services: EmulatorServices,
  tables: RouteTables,
  request: EmulatorRequest,
): Promise<EmulatorResponse> {
  const fault = faultResponse(services.faults().decide(true));
  if (fault !== undefined) return fault;
  const match = matchRoute(tables.upload, request.method, request.path);
  if (match.kind !== 'found') return unmatched(match.kind, request);
  return guard(() => match.route.handle({ request, store: services.store }, match.params));
}

function faultResponse(decision: FaultDecision): EmulatorResponse | undefined {
  switch (decision.kind) {
    case 'none':
      return undefined;
    case 'drop':
      return { status: 0, body: { kind: 'drop' } };
    case 'throttle':
      return graphError(
        429,
        'TooManyRequests',
        'Too many requests have been made in a short period of time. Please retry after the time in the Retry-After header.',
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    case 'unavailable':
      return graphError(
        503,
        'serviceNotAvailable',
        'The service is temporarily unavailable. Please retry later.',
        {
          'retry-after': String(decision.retryAfterSeconds),
        },
      );
  }
}

function unmatched(
  kind: 'not-found' | 'method-not-allowed',
  request: EmulatorRequest,
): EmulatorResponse {
  if (kind === 'method-not-allowed') {
    return graphError(
      405,
      'BadRequest',
      `The HTTP method '${request.method}' is not allowed for this resource.`,
    );
  }
  const segment = request.path.split('/').filter((part) => part !== '')[0] ?? '';
  return graphError(
    400,
    'BadRequest',
    `Resource not found for the segment '${safeDecode(segment)}'.`,
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function guard(run: () => Promise<EmulatorResponse>): Promise<EmulatorResponse> {
  try {
    return await run();
  } catch (error) {
    console.error('emulator: request failed', error);
    return graphError(
      500,
      'generalException',
      'An unexpected error occurred in the record system.',
    );
  }
}
