import type { EmulatorResponse } from '../http/exchange';
import { graphError } from '../http/graph-error';
import type { ScopeRequirement, ScopeRule } from './scope-requirement';

/** The requirement of a route for this call; undefined for `$batch`, whose steps are checked. */
export function requirementOf(
  rule: ScopeRule,
  params: Readonly<Record<string, string>>,
  user: { readonly upn: string },
): ScopeRequirement | undefined {
  if (rule === 'inner-requests') return undefined;
  return typeof rule === 'function' ? rule(params, user) : rule;
}

/** Whether the token's scopes meet the requirement (scope names compare case-insensitively). */
export function grants(scopes: ReadonlySet<string>, requirement: ScopeRequirement): boolean {
  return requirement.anyOf.some((scope) => scopes.has(scope.toLowerCase()));
}

/**
 * Graph's answer to a token whose scopes do not cover the call: 403 with the envelope. The
 * message names the least privileged scope and the permissions page, so a developer sees what
 * to ask for.
 */
export function scopeRefusal(
  scopes: ReadonlySet<string>,
  requirement: ScopeRequirement,
): EmulatorResponse | undefined {
  if (grants(scopes, requirement)) return undefined;
  return graphError(
    403,
    'accessDenied',
    `Either scp or roles claim need to grant this call: it needs one of ${requirement.anyOf.join(', ')} (${requirement.docs}).`,
  );
}
