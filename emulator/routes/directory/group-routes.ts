import type { GraphContext, GraphRoute } from '../../context';
import { readJsonObject } from '../../http/body';
import type { EmulatorResponse } from '../../http/exchange';
import { invalidRequest, itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { collection, contextUrl } from '../../odata-query/paging';
import { parseSelect, queryOption } from '../../odata-query/query-options';
import { groupJson, memberJson } from '../../graph/directory-json';
import { findGroup, groupsOfUser } from '../../store/groups';
import { findUser } from '../../store/users';
import { selectProperties } from '../select-properties';
import {
  GROUP_GET,
  GROUP_MEMBERS,
  MY_CHECK_MEMBER_GROUPS,
  MY_MEMBER_OF,
} from '../../scopes/route-scopes';

type Params = Readonly<Record<string, string>>;

const select = (context: GraphContext) =>
  parseSelect(queryOption(context.request.query, '$select'));

// https://learn.microsoft.com/graph/api/group-get (GroupMember.Read.All or Group.Read.All).
async function getGroup(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const group = findGroup(context.store, params['group'] ?? '');
  if (group === undefined) return groupNotFound(params['group'] ?? '');
  return json(200, {
    '@odata.context': contextUrl(context.request, 'groups/$entity'),
    ...selectProperties(groupJson(group), select(context)),
  });
}

// https://learn.microsoft.com/graph/api/group-list-members and group-list-transitivemembers:
// the members as directoryObjects (users here; the demo tenant's groups do not nest, so both
// lists are the same).
async function getMembers(context: GraphContext, params: Params): Promise<EmulatorResponse> {
  const group = findGroup(context.store, params['group'] ?? '');
  if (group === undefined) return groupNotFound(params['group'] ?? '');
  const members = group.members.flatMap((id) => {
    const user = findUser(context.store, id);
    return user === undefined ? [] : [selectProperties(memberJson(user), select(context))];
  });
  return json(200, collection(contextUrl(context.request, 'directoryObjects'), members, undefined));
}

// https://learn.microsoft.com/graph/api/user-list-memberof and user-list-transitivememberof
// (delegated least privilege User.Read for the signed-in user's own memberships).
async function getMemberOf(context: GraphContext): Promise<EmulatorResponse> {
  const groups = groupsOfUser(context.store, context.user.id).map((group) =>
    selectProperties(groupJson(group), select(context)),
  );
  return json(200, collection(contextUrl(context.request, 'directoryObjects'), groups, undefined));
}

// https://learn.microsoft.com/graph/api/directoryobject-checkmembergroups: "You can check up to
// a maximum of 20 groups per request"; the answer is the ids of those the user is a member of.
async function checkMemberGroups(context: GraphContext): Promise<EmulatorResponse> {
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const ids = body.value['groupIds'];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string') || ids.length === 0)
    return invalidRequest('groupIds must be a collection of group ids.');
  if (ids.length > 20) return invalidRequest('At most 20 groups can be checked per request.');
  const mine = new Set(groupsOfUser(context.store, context.user.id).map((group) => group.id));
  return json(200, {
    '@odata.context': contextUrl(context.request, 'Collection(Edm.String)'),
    value: ids.filter((id: string) => mine.has(id)),
  });
}

function groupNotFound(id: string): EmulatorResponse {
  return itemNotFound(
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
}

/** Entra ID groups and the signed-in user's memberships. */
export const groupRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: /^\/groups\/(?<group>[^/]+)$/,
    handle: getGroup,
    scopes: GROUP_GET,
  },
  {
    method: 'GET',
    pattern: /^\/groups\/(?<group>[^/]+)\/(?:transitiveMembers|members)$/,
    handle: getMembers,
    scopes: GROUP_MEMBERS,
  },
  {
    method: 'GET',
    pattern: /^\/me\/(?:transitiveMemberOf|memberOf)$/,
    handle: getMemberOf,
    scopes: MY_MEMBER_OF,
  },
  {
    method: 'POST',
    pattern: /^\/me\/checkMemberGroups$/,
    handle: checkMemberGroups,
    scopes: MY_CHECK_MEMBER_GROUPS,
  },
];
