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
