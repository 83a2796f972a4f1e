// The scope tables themselves, not the host's index: that loads MSAL and teams-js, which the
// command line in Node does not need.
import { ADMIN_CONSENT_SCOPES, SURFACE_SCOPES, type GraphSurface } from '../../host/graph-scopes';
// The token reader itself, for the same reason.
import { readTokenGrant } from '../../host/token-scopes';
import type { DoctorFinding } from './doctor-finding';

/**
 * Whether the token's delegated scopes cover what each surface asks for: a token from the
 * app registration with `.default` carries every scope consented for it, so a missing scope
 * here is one the administrator has not consented. One finding per surface.
 */
export function checkScopes(token: string): DoctorFinding[] {
  const grant = readTokenGrant(token);
  if (grant.kind !== 'delegated') return [{ check: 'token', kind: grant.kind }];
  const held = new Set(grant.scopes.map((scope) => scope.toLowerCase()));
  return (Object.keys(SURFACE_SCOPES) as GraphSurface[]).map((surface) => {
    const missing = SURFACE_SCOPES[surface].filter((scope) => !held.has(scope.toLowerCase()));
    return {
      check: 'surface',
      surface,
      missing,
      adminConsent: missing.filter((scope) => ADMIN_CONSENT_SCOPES.has(scope)),
    };
  });
}
