import type { EmulatorResponse } from './exchange';

/** One route: method, a regular expression over the encoded path, and its handler. */
export interface Route<C> {
  readonly method: string;
  readonly pattern: RegExp;
  readonly handle: (
    context: C,
    params: Readonly<Record<string, string>>,
  ) => Promise<EmulatorResponse>;
}

/** The outcome of matching a path against the table. */
export type RouteMatch<C> =
  | { readonly kind: 'found'; readonly route: Route<C>; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found' };

/** Finds the first route whose pattern matches; named groups become percent-decoded params. */
export function matchRoute<C>(
  routes: readonly Route<C>[],
  method: string,
  path: string,
): RouteMatch<C> {
  let pathMatched = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value !== undefined) params[name] = safeDecode(value);
    }
    return { kind: 'found', route, params };
  }
  return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'not-found' };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
