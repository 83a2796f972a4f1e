import type { GroupRecord, UserRecord } from '../store/records';

/** A group as Graph's directoryObject collections list it (`memberOf`, `GET /groups/{id}`). */
export function groupJson(group: GroupRecord): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.group',
    id: group.id,
    displayName: group.displayName,
    description: group.description,
    mail: group.mail ?? null,
    mailEnabled: group.mail !== undefined,
    securityEnabled: group.securityEnabled,
    groupTypes: [],
  };
}

/** A user as a group's `members` list it. */
export function memberJson(user: UserRecord): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.user',
    id: user.id,
    displayName: user.displayName,
    mail: user.upn,
    userPrincipalName: user.upn,
  };
}
