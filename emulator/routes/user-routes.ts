import type { GraphContext } from '../context';
import type { EmulatorResponse } from '../http/exchange';
import { itemNotFound } from '../http/graph-error';
import { json } from '../http/respond';
import type { Route } from '../http/router';
import { contextUrl } from '../odata-query/paging';
import { parseSelect, queryOption } from '../odata-query/query-options';
import { userJson } from '../graph/identity';
import { findUser } from '../store/users';
import { selectProperties } from './select-properties';

async function getMe(context: GraphContext): Promise<EmulatorResponse> {
  const body = selectProperties(
    userJson(context.user),
    parseSelect(queryOption(context.request.query, '$select')),
  );
  return json(200, { '@odata.context': contextUrl(context.request, 'users/$entity'), ...body });
}

async function getUser(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const user = findUser(context.store, params['user'] ?? '');
  if (user === undefined)
    return itemNotFound(
      `Resource '${params['user'] ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
    );
  // Any signed-in user of the tenant may read another's profile (User.ReadBasic.All, User.Read.All).
  const body = selectProperties(
    userJson(user),
    parseSelect(queryOption(context.request.query, '$select')),
  );
  return json(200, { '@odata.context': contextUrl(context.request, 'users/$entity'), ...body });
}

/** `/me` and `/users/{upn}`. */
export const userRoutes: readonly Route<GraphContext>[] = [
  { method: 'GET', pattern: /^\/me$/, handle: getMe },
  { method: 'GET', pattern: /^\/users\/(?<user>[^/]+)$/, handle: getUser },
];
