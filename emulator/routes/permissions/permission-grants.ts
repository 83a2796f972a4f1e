import { randomUUID } from 'node:crypto';
import type { GraphContext } from '../../context';
import { asRecord } from '../../http/body';
import { failure, success, type Outcome } from '../../http/exchange';
import { invalidRequest } from '../../http/graph-error';
import { findGroup, listGroups } from '../../store/groups';
import type { Grantee, PermissionRecord, PermissionRole } from '../../store/records';
import { findUser } from '../../store/users';

/** One recipient of an invitation, resolved to a user or group of the directory. */
export interface Recipient {
  readonly grantee: Grantee;
  readonly email: string;
}

/**
 * Reads `recipients` of an invite (driveRecipient: `email`, `alias` or `objectId`,
 * https://learn.microsoft.com/graph/api/resources/driverecipient). The record system knows only
 * its own directory: a recipient it cannot find is refused rather than invited as a guest.
 */
export function readRecipients(context: GraphContext, value: unknown): Outcome<Recipient[]> {
  if (!Array.isArray(value) || value.length === 0)
    return failure(invalidRequest('recipients must name at least one recipient.'));
  const recipients: Recipient[] = [];
  for (const raw of value) {
    const recipient = asRecord(raw) ?? {};
    const key = [recipient['objectId'], recipient['email'], recipient['alias']].find(
      (candidate): candidate is string => typeof candidate === 'string' && candidate !== '',
    );
    const found = key === undefined ? undefined : resolveRecipient(context, key);
    if (found === undefined)
      return failure(invalidRequest(`The recipient '${key ?? ''}' is not in the directory.`));
    recipients.push(found);
  }
  return success(recipients);
}

function resolveRecipient(context: GraphContext, key: string): Recipient | undefined {
  const user = findUser(context.store, key);
  if (user !== undefined) return { grantee: { kind: 'user', userId: user.id }, email: user.upn };
  const group =
    findGroup(context.store, key) ??
    listGroups(context.store).find(
      (candidate) => candidate.mail?.toLowerCase() === key.toLowerCase(),
    );
  return group === undefined
    ? undefined
    : { grantee: { kind: 'group', groupId: group.id }, email: group.mail ?? group.displayName };
}

/**
 * Reads `roles` of an invite: `read` and/or `write` ("roles": ["read | write"],
 * https://learn.microsoft.com/graph/api/driveitem-invite); `owner` is not granted by invitation.
 */
export function readInviteRoles(value: unknown): Outcome<PermissionRole[]> {
  if (!Array.isArray(value) || value.length === 0)
    return failure(invalidRequest('roles must name read or write.'));
  const roles: PermissionRole[] = [];
  for (const role of value) {
    if (role !== 'read' && role !== 'write')
      return failure(invalidRequest(`The role '${String(role)}' cannot be granted by invitation.`));
    if (!roles.includes(role)) roles.push(role);
  }
  return success(roles);
}

/** The entries after granting: a grantee already named gets the roles added, others a new entry. */
export function withGrants(
  entries: readonly PermissionRecord[],
  recipients: readonly Recipient[],
  roles: readonly PermissionRole[],
  signInRequired: boolean,
): { readonly entries: PermissionRecord[]; readonly granted: PermissionRecord[] } {
  const next = [...entries];
  const granted: PermissionRecord[] = [];
  for (const recipient of recipients) {
    const index = next.findIndex((entry) => sameGrantee(entry.grantee, recipient.grantee));
    const before = next[index];
    const entry: PermissionRecord =
      before === undefined
        ? {
            id: randomUUID(),
            roles: [...roles],
            grantee: recipient.grantee,
            invitation: { email: recipient.email, signInRequired },
          }
        : { ...before, roles: [...new Set([...before.roles, ...roles])] };
    if (index === -1) next.push(entry);
    else next[index] = entry;
    granted.push(entry);
  }
  return { entries: next, granted };
}

function sameGrantee(a: Grantee, b: Grantee): boolean {
  if (a.kind === 'user' && b.kind === 'user') return a.userId === b.userId;
  if (a.kind === 'group' && b.kind === 'group') return a.groupId === b.groupId;
  return false;
}
