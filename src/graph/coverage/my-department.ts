import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';

/**
 * The signed-in user's department (`GET /me?$select=department`, User.Read,
 * https://learn.microsoft.com/graph/api/user-get): the team the coverage counts are reported
 * under. Empty when the directory does not say.
 */
export async function myDepartment(client: GraphClient): Promise<string> {
  const me = await sendJson<{ readonly department?: string | null }>(client, {
    method: 'GET',
    url: '/me',
    query: { $select: 'department' },
    label: 'coverage.department',
  });
  return me.department?.trim() ?? '';
}
