import type { EmulatorResponse } from './exchange';

/**
 * Graph's error envelope. The `innerError` (request id and date) is filled in when the response
 * is written, so every error carries the id of the request that caused it.
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  return { status, headers, body: { kind: 'json', value: { error: { code, message } } } };
}

/** 400 `invalidRequest`, SharePoint's answer to most malformed requests. */
export const invalidRequest = (message: string): EmulatorResponse =>
  graphError(400, 'invalidRequest', message);

/** 404 `itemNotFound`. */
export const itemNotFound = (message = 'The resource could not be found.'): EmulatorResponse =>
  graphError(404, 'itemNotFound', message);

/** 403 `accessDenied`. */
export const accessDenied = (): EmulatorResponse =>
  graphError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

/** 409 `nameAlreadyExists`. */
export const nameAlreadyExists = (name: string): EmulatorResponse =>
  graphError(409, 'nameAlreadyExists', `The specified item name '${name}' already exists.`);

/** Adds `innerError` with the request id and date to an error body; other bodies pass through. */
export function withInnerError(value: unknown, requestId: string, date: Date): unknown {
  if (typeof value !== 'object' || value === null || !('error' in value)) return value;
  const error: unknown = value.error;
  if (typeof error !== 'object' || error === null) return value;
  const given = 'innerError' in error ? error.innerError : undefined;
  const innerError = {
    ...(typeof given === 'object' && given !== null ? given : {}),
    'request-id': requestId,
    'client-request-id': requestId,
    date: date.toISOString().slice(0, 19),
  };
  return { error: { ...error, innerError } };
}
