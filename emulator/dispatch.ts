import { accessOf } from './access';
import { authenticate } from './auth';
import type { EmulatorServices, GraphContext, GraphRoute, UploadContext } from './context';
import type { FaultDecision } from './faults';
import type { EmulatorRequest, EmulatorResponse } from './http/exchange';
import { graphError } from './http/graph-error';
import { matchRoute, type Route } from './http/router';
import { requirementOf, scopeRefusal } from './scopes/check-scopes';
import { tokenScopes } from './scopes/token-scopes';
import { resourceUnits, uploadUnits } from './throttling/resource-costs';

/** The route tables the dispatcher serves. */
export interface RouteTables {
  readonly graph: readonly GraphRoute[];
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
  const scopes = tokenScopes(request.headers['authorization']);
  const requirement = requirementOf(match.route.scopes, match.params, auth.value);
  const refused = requirement === undefined ? undefined : scopeRefusal(scopes, requirement);
  if (refused !== undefined) return refused;
  const spent = charge(services, resourceUnits(request.method, request.path, request.query));
  if (spent !== undefined) return spent;
  const context: GraphContext = {
    request,
    user: auth.value,
    scopes,
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
  const spent = charge(services, uploadUnits(request.method));
  if (spent !== undefined) return spent;
  const match = matchRoute(tables.upload, request.method, request.path);
  if (match.kind !== 'found') return unmatched(match.kind, request);
  return guard(() => match.route.handle({ request, store: services.store }, match.params));
}

/**
 * Charges the app's resource-unit budget; SharePoint's answer once it is spent: 429 with
 * Retry-After and the code `activityLimitReached` ("The app or user has been throttled",
 * https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/errors).
 */
export function charge(services: EmulatorServices, units: number): EmulatorResponse | undefined {
  if (units === 0) return undefined;
  const decision = services.budget?.()?.charge(units);
  if (decision?.kind !== 'throttled') return undefined;
  return graphError(429, 'activityLimitReached', 'The request has been throttled.', {
    'retry-after': String(decision.retryAfterSeconds),
  });
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
