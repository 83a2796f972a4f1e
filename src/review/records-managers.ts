import { isManager, type ManagerSet } from '../core/trust';
import type { Person } from '../graph';

/**
 * Whether a person is a records manager: a member of the records managers' Entra ID group, as
 * Graph lists it (`services.managers`). SharePoint enforces their rights; this tells the page
 * whose changes are a review and whose are not. Unknown (not loaded): no.
 */
export function isRecordsManager(
  person: (Pick<Person, 'address'> & { readonly id?: string }) | undefined,
  managers: ManagerSet | undefined,
): boolean {
  if (person === undefined || managers === undefined) return false;
  return isManager(managers, {
    address: person.address,
    ...(person.id === undefined ? {} : { id: person.id }),
  });
}
