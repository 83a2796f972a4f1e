import { graphCallErrorFromResponse } from './error-envelope';
import type { GraphClient, GraphHttpRequest } from './graph-client';

/**
 * Sends a request and returns the response when it succeeded (2xx); any other status becomes a
 * GraphCallError mapped from Graph's error envelope.
 */
export async function sendOk(client: GraphClient, request: GraphHttpRequest): Promise<Response> {
  const response = await client.send(request);
  if (!response.ok) throw await graphCallErrorFromResponse(response, request.label);
  return response;
}

/**
 * Sends a request and parses its JSON body as the wire type `T`. The cast is the wire
 * boundary: callers map `T` to core types in one place.
 */
export async function sendJson<T>(client: GraphClient, request: GraphHttpRequest): Promise<T> {
  const response = await sendOk(client, request);
  if (response.status === 204) return {} as T;
  const text = await response.text();
  return (text === '' ? {} : JSON.parse(text)) as T;
}

/** Escapes a string for a single-quoted OData literal. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Encodes each segment of a drive path, keeping the slashes. */
export function encodeDrivePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map(encodeURIComponent)
    .join('/');
}
