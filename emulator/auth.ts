import { failure, success, type Outcome } from './http/exchange';
import { graphError } from './http/graph-error';
import type { UserRecord } from './store/records';
import type { Store } from './store/store';
import { findUser } from './store/users';

/**
 * Resolves `Authorization: Bearer dev:<upn>` to a seeded user. Anything else is answered as
 * Graph answers a bad token: 401 InvalidAuthenticationToken.
 */
export function authenticate(store: Store, header: string | undefined): Outcome<UserRecord> {
  if (header === undefined || header.trim() === '') {
    return failure(graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
  }
  const match = /^Bearer\s+dev:(\S+)$/i.exec(header.trim());
  const user = match?.[1] === undefined ? undefined : findUser(store, match[1]);
  if (user === undefined) {
    return failure(
      graphError(
        401,
        'InvalidAuthenticationToken',
        'IDX14100: JWT is not well formed, there are no dots (.).',
      ),
    );
  }
  return success(user);
}
