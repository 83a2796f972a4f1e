import { failure, success, type Outcome } from './http/exchange';
import { graphError } from './http/graph-error';
import type { UserRecord } from './store/records';
import type { Store } from './store/store';
import { findUser } from './store/users';
// The dev token's reader itself, not the host's index: that loads MSAL and teams-js, which the
// record system in Node does not need.
import { parseDevToken } from '../src/host/dev-token';

/**
 * Resolves `Authorization: Bearer dev:<upn>` (or `dev:<upn>;scp=...`, see `devToken`) to a
 * seeded user. Anything else is answered as Graph answers a bad token: 401
 * InvalidAuthenticationToken. The token's scopes are checked per route (`scopes/`).
 */
export function authenticate(store: Store, header: string | undefined): Outcome<UserRecord> {
  if (header === undefined || header.trim() === '') {
    return failure(graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.'));
  }
  const token = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1];
  const upn = token === undefined ? undefined : parseDevToken(token)?.upn;
  const user = upn === undefined ? undefined : findUser(store, upn);
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
