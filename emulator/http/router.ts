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
export type RouteMatch<R> =
  | { readonly kind: 'found'; readonly route: R; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'not-found' };

/** Finds the first route whose pattern matches; named groups become percent-decoded params. */
export function matchRoute<R extends Pick<Route<never>, 'method' | 'pattern'>>(
  routes: readonly R[],
  method: string,
  path: string,
): RouteMatch<R> {
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
