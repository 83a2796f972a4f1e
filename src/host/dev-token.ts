import { DEV_DEFAULT_SCOPES } from './graph-scopes';

/**
 * The local record system's tokens. `dev:<upn>` signs in a demo user with every scope a
 * Bronvast surface asks for ({@link DEV_DEFAULT_SCOPES}); `dev:<upn>;scp=<scope> <scope> ...`
 * carries exactly the listed delegated scopes, space-separated as in a JWT's `scp` claim.
 * A surface in the workbench signs in with its own scopes, so the record system refuses what
 * that surface did not ask for, as Graph does.
 */
export function devToken(upn: string, scopes?: readonly string[]): string {
  return scopes === undefined ? `dev:${upn}` : `dev:${upn};scp=${shortScopes(scopes).join(' ')}`;
}

/** A dev token read back. */
export interface DevToken {
  readonly upn: string;
  readonly scopes: readonly string[];
}

/** Reads a dev token (without `Bearer `); undefined when it is not one. */
export function parseDevToken(token: string): DevToken | undefined {
  const match = /^dev:([^\s;]+)(?:;scp=([^;]*))?$/i.exec(token.trim());
  if (match?.[1] === undefined) return undefined;
  const listed = match[2];
  return {
    upn: match[1],
    scopes: listed === undefined ? DEV_DEFAULT_SCOPES : shortScopes(listed.split(/\s+/)),
  };
}

/** Scope names without Graph's resource prefix (`https://graph.microsoft.com/Mail.Read`). */
export function shortScopes(scopes: readonly string[]): string[] {
  return scopes
    .map((scope) => scope.replace(/^https:\/\/graph\.microsoft\.com\//i, '').trim())
    .filter((scope) => scope !== '');
}
