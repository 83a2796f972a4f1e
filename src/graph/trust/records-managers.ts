import { managerSet, type ManagerSet, type PersonRef } from '../../core/trust';
import type { GraphClient } from '../graph-client';
import { fetchAllPages } from '../paging';

/** A member of a group as `transitiveMembers` lists it (a directoryObject, users only here). */
interface GraphMember {
  readonly id: string;
  readonly '@odata.type'?: string;
  readonly mail?: string | null;
  readonly userPrincipalName?: string | null;
}

/**
 * The records managers: the members of their Entra ID group, nested groups included
 * (`GET /groups/{id}/transitiveMembers`, https://learn.microsoft.com/graph/api/group-list-transitivemembers;
 * delegated GroupMember.Read.All). One request for a group of up to 100 members.
 */
export async function loadRecordsManagers(
  client: GraphClient,
  groupId: string,
): Promise<ManagerSet> {
  const members = await fetchAllPages<GraphMember>(client, {
    method: 'GET',
    url: `/groups/${encodeURIComponent(groupId)}/transitiveMembers`,
    query: { $select: 'id,mail,userPrincipalName' },
    label: 'trust.managers',
  });
  return managerSet(
    members
      .filter(
        (member) => (member['@odata.type'] ?? '#microsoft.graph.user') === '#microsoft.graph.user',
      )
      .map((member): PersonRef => ({
        id: member.id,
        address: member.mail ?? member.userPrincipalName ?? '',
      })),
  );
}
