import type { Person } from '../graph';

/**
 * Who is a records manager: the addresses the site's configuration lists (see
 * docs/review-page.md, "How it works underneath"). SharePoint enforces the rights (the Dossiers and audit lists, the library's edit
 * permissions); this list only tells the page whose changes are a review and whose are not.
 */
export function isRecordsManager(person: Person | undefined, managers: readonly string[]): boolean {
  if (person === undefined) return false;
  const address = person.address.trim().toLowerCase();
  return managers.some((manager) => manager.trim().toLowerCase() === address);
}
