import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { scopeRefusal } from '../../scopes/check-scopes';
import { ME, USER_BASIC, USER_FULL } from '../../scopes/route-scopes';
import type { ScopeRequirement } from '../../scopes/scope-requirement';

import type { EmulatorResponse } from '../../http/exchange';
import { itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { parseSelect, queryOption } from '../../odata-query/query-options';
import { userJson } from '../../graph/identity';
import { findUser } from '../../store/users';
import { selectProperties } from '../select-properties';

async function getMe(context: GraphContext): Promise<EmulatorResponse> {
  const body = selectProperties(
    userJson(context.user),
    parseSelect(queryOption(context.request.query, '$select')),
  );
  return json(200, { '@odata.context': contextUrl(context.request, 'users/$entity'), ...body });
}

/** The properties User.ReadBasic.All reads. */
const BASIC_PROPERTIES = new Set([
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
]);

async function getUser(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const user = findUser(context.store, params['user'] ?? '');
  if (user === undefined)
    return itemNotFound(
      `Resource '${params['user'] ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
    );
  // Another user's basic profile needs User.ReadBasic.All; anything else of it (such as
  // `department`) User.Read.All (https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall).
  const select = parseSelect(queryOption(context.request.query, '$select'));
  const basic = select !== undefined && select.every((name) => BASIC_PROPERTIES.has(name));
  const refused =
    user.id === context.user.id || basic ? undefined : scopeRefusal(context.scopes, USER_FULL);
  if (refused !== undefined) return refused;
  const body = selectProperties(userJson(user), select);
  return json(200, { '@odata.context': contextUrl(context.request, 'users/$entity'), ...body });
}

/** Oneself needs User.Read; another user's basic profile User.ReadBasic.All (see getUser). */
function userRule(
  params: Readonly<Record<string, string>>,
  user: { readonly upn: string },
): ScopeRequirement {
  return params['user']?.toLowerCase() === user.upn.toLowerCase() ? ME : USER_BASIC;
}

/** `/me` and `/users/{upn}`. */
export const userRoutes: readonly GraphRoute[] = [
  { method: 'GET', pattern: /^\/me$/, handle: getMe, scopes: ME },
  { method: 'GET', pattern: /^\/users\/(?<user>[^/]+)$/, handle: getUser, scopes: userRule },
];
