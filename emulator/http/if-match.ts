import type { EmulatorResponse } from './exchange';
import { graphError } from './graph-error';

// SharePoint writes list item etags as `"guid,3"` and drive item etags as `"{GUID},3"`; clients
// send either back, sometimes weak (`W/`). Compared without quotes, braces and case.
const normalise = (etag: string): string =>
  etag.trim().replace(/^W\//i, '').replace(/["{}]/g, '').toLowerCase();

/**
 * Checks `If-Match` as SharePoint does: absent or `*` passes; an etag that is not the item's
 * current one is answered 412 Precondition Failed, so a stale write never overwrites a newer one.
 */
export function preconditionFailure(
  ifMatch: string | undefined,
  current: readonly string[],
): EmulatorResponse | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '' || ifMatch.trim() === '*') return undefined;
  const wanted = normalise(ifMatch);
  if (current.some((etag) => normalise(etag) === wanted)) return undefined;
  return graphError(
    412,
    'preconditionFailed',
    `The request ETag value '${ifMatch}' does not match the object's ETag value '${current[0] ?? ''}'.`,
  );
}
