import { parseDevToken } from './dev-token';

/** What an access token grants, as far as it says so itself. */
export type TokenGrant =
  | { readonly kind: 'delegated'; readonly scopes: readonly string[] }
  | { readonly kind: 'application'; readonly roles: readonly string[] }
  | { readonly kind: 'unreadable' };

/**
 * Reads the permissions a token carries: a JWT's `scp` claim (delegated scopes,
 * space-separated) or `roles` claim (application permissions), or a local dev token's scopes.
 * The signature is not checked: this only says what the token claims, for a tenant check.
 */
export function readTokenGrant(token: string): TokenGrant {
  const dev = parseDevToken(token);
  if (dev !== undefined) return { kind: 'delegated', scopes: dev.scopes };
  const payload = token.split('.')[1];
  if (payload === undefined) return { kind: 'unreadable' };
  let claims: unknown;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return { kind: 'unreadable' };
  }
  if (typeof claims !== 'object' || claims === null) return { kind: 'unreadable' };
  const scp: unknown = 'scp' in claims ? claims.scp : undefined;
  if (typeof scp === 'string')
    return { kind: 'delegated', scopes: scp.split(/\s+/).filter(Boolean) };
  const roles: unknown = 'roles' in claims ? claims.roles : undefined;
  if (Array.isArray(roles))
    return {
      kind: 'application',
      roles: roles.filter((role): role is string => typeof role === 'string'),
    };
  return { kind: 'unreadable' };
}
