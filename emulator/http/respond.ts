import type { EmulatorResponse } from './exchange';

/** A JSON response. */
export function json(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  return { status, headers, body: { kind: 'json', value } };
}

/** A response without a body (204, 202). */
export function empty(
  status: number,
  headers: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  return { status, headers, body: { kind: 'empty' } };
}
