import type { GraphDriveItem } from '../wire-types';

/**
 * What an upload to a deterministic path ends in: the new file, or a file already at that
 * path (a 409 with conflictBehavior fail: an earlier filing got this far).
 */
export type UploadOutcome =
  { readonly kind: 'uploaded'; readonly item: GraphDriveItem } | { readonly kind: 'path-taken' };
