import type { UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { findUser } from '../store/users';

/** Graph's identitySet for a user (`createdBy`, `lastModifiedBy`). */
export function identitySet(store: Store, upn: string): Record<string, unknown> {
  const user = findUser(store, upn);
  return {
    user: { email: user?.upn ?? upn, id: user?.id ?? '', displayName: user?.displayName ?? upn },
  };
}

/** Graph's user resource. */
export function userJson(user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    jobTitle: user.jobTitle,
    mail: user.upn,
    userPrincipalName: user.upn,
    officeLocation: user.officeLocation,
    department: user.department ?? null,
    preferredLanguage: 'nl-NL',
    businessPhones: [],
    mobilePhone: null,
  };
}
