import type { GraphClient } from '../graph-client';
import { isGraphCallError } from '../GraphCallError';
import { sendJson } from '../request';

/**
 * The department of a user (`GET /users/{upn}?$select=department`); undefined when the
 * directory does not say or does not know the user (a filer who left, a shared mailbox).
 */
export async function userDepartment(
  client: GraphClient,
  upn: string,
): Promise<string | undefined> {
  try {
    const user = await sendJson<{ readonly department?: string | null }>(client, {
      method: 'GET',
      url: `/users/${encodeURIComponent(upn)}`,
      query: { $select: 'department' },
      label: 'review.department',
    });
    const department = user.department?.trim() ?? '';
    return department === '' ? undefined : department;
  } catch (error: unknown) {
    if (isGraphCallError(error) && error.kind === 'not-found') return undefined;
    throw error;
  }
}
