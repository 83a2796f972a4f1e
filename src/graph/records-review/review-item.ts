import type { FiledRecord } from '../records/filed-record';
import { filedRecordFromListItem } from '../records/filed-record';
import type { GraphIdentitySet, GraphReviewListItem } from './review-wire';

/** Who did something, as the record system vouches for it (never a client-written column). */
export interface Person {
  readonly address: string;
  readonly displayName: string;
}

/** A record in the review queue: the record and what the record system itself says about it. */
export interface ReviewItem {
  readonly record: FiledRecord;
  /** The list item's eTag, sent back as If-Match with every change. */
  readonly eTag?: string;
  readonly createdBy?: Person;
  readonly lastModifiedBy?: Person;
  readonly lastModifiedAt?: Date;
}

/** Maps a list item (fields expanded) to a review item. */
export function reviewItemFromListItem(item: GraphReviewListItem): ReviewItem {
  const createdBy = personOf(item.createdBy);
  const lastModifiedBy = personOf(item.lastModifiedBy);
  const modified =
    item.lastModifiedDateTime === undefined ? NaN : Date.parse(item.lastModifiedDateTime);
  const eTag = item.eTag ?? item['@odata.etag'];
  return {
    record: filedRecordFromListItem(item),
    ...(eTag === undefined ? {} : { eTag }),
    ...(createdBy === undefined ? {} : { createdBy }),
    ...(lastModifiedBy === undefined ? {} : { lastModifiedBy }),
    ...(Number.isNaN(modified) ? {} : { lastModifiedAt: new Date(modified) }),
  };
}

/** Reads Graph's identitySet; undefined when it names nobody. */
export function personOf(identity: GraphIdentitySet | undefined): Person | undefined {
  const user = identity?.user;
  const address = user?.email ?? user?.userPrincipalName ?? '';
  const displayName = user?.displayName ?? address;
  if (address === '' && displayName === '') return undefined;
  return { address, displayName };
}

/** Whether the item is a folder (a dossier folder in the records library), not a record. */
export function isFolderItem(item: GraphReviewListItem): boolean {
  return item.contentType?.name === 'Folder' || item.contentType?.id?.startsWith('0x0120') === true;
}
