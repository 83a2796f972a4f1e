// The dev token's reader itself, not the host's index: that loads MSAL and teams-js, which the
// record system in Node does not need.
import { parseDevToken } from '../../src/host/dev-token';

/**
 * The delegated scopes an `Authorization: Bearer dev:...` header carries, lower-cased for
 * comparison; empty for anything else (authentication refuses it first).
 */
export function tokenScopes(header: string | undefined): ReadonlySet<string> {
  const token = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')?.[1];
  const parsed = token === undefined ? undefined : parseDevToken(token);
  return new Set((parsed?.scopes ?? []).map((scope) => scope.toLowerCase()));
}
