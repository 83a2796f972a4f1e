import { reviewStateOf, type ReviewState, type RecordArea } from '../../core/trust';
import type { FiledRecord } from '../records/filed-record';
import { filedRecordFromListItem } from '../records/filed-record';
import { INTAKE_FOLDER, RECORDS_FOLDER } from '../records/record-areas';
import type { GraphIdentitySet, GraphReviewListItem } from './review-wire';
import type { ReviewTarget } from './apply-review';

/** Who did something, as the record system vouches for it (never a client-written column). */
export interface Person {
  readonly address: string;
  readonly displayName: string;
  /** The directory's id of the user, where the record system gives it. */
  readonly id?: string;
}

/** A record in the review queue: the record and what the record system itself says about it. */
export interface ReviewItem {
  readonly record: FiledRecord;
  /** The list item's eTag, sent back as If-Match with every change. */
  readonly eTag?: string;
  readonly createdBy?: Person;
  readonly lastModifiedBy?: Person;
  readonly lastModifiedAt?: Date;
  /** When the record system created the item (the upload of the filing). */
  readonly createdAt?: Date;
  /** The record's link to its last review event (`BronvastLastAuditEvent`); empty before one. */
  readonly auditLink: string;
  /** The review columns as they are now. */
  readonly reviewState: ReviewState;
  /** Where the file lies: the intake area, the records area, or elsewhere. */
  readonly area: RecordArea;
}

/** Maps a list item (fields expanded) to a review item. */
export function reviewItemFromListItem(item: GraphReviewListItem): ReviewItem {
  const createdBy = personOf(item.createdBy);
  const lastModifiedBy = personOf(item.lastModifiedBy);
  const modified =
    item.lastModifiedDateTime === undefined ? NaN : Date.parse(item.lastModifiedDateTime);
  const created = item.createdDateTime === undefined ? NaN : Date.parse(item.createdDateTime);
  const eTag = item.eTag ?? item['@odata.etag'];
  const fields = item.fields ?? {};
  const link = fields['BronvastLastAuditEvent'];
  return {
    record: filedRecordFromListItem(item),
    auditLink: typeof link === 'string' ? link : '',
    reviewState: reviewStateOf(fields),
    area: recordAreaOf(item.webUrl ?? ''),
    ...(eTag === undefined ? {} : { eTag }),
    ...(createdBy === undefined ? {} : { createdBy }),
    ...(lastModifiedBy === undefined ? {} : { lastModifiedBy }),
    ...(Number.isNaN(modified) ? {} : { lastModifiedAt: new Date(modified) }),
    ...(Number.isNaN(created) ? {} : { createdAt: new Date(created) }),
  };
}

/** Reads Graph's identitySet; undefined when it names nobody. */
export function personOf(identity: GraphIdentitySet | undefined): Person | undefined {
  const user = identity?.user;
  const address = user?.email ?? user?.userPrincipalName ?? '';
  const displayName = user?.displayName ?? address;
  if (address === '' && displayName === '') return undefined;
  return {
    address,
    displayName,
    ...(user?.id === undefined || user.id === '' ? {} : { id: user.id }),
  };
}

/** Whether the item is a folder (a dossier folder in the records library), not a record. */
export function isFolderItem(item: GraphReviewListItem): boolean {
  return item.contentType?.name === 'Folder' || item.contentType?.id?.startsWith('0x0120') === true;
}

/**
 * The area of the records library a file lies in, from its address: the first path segment
 * that names the intake or the records area (the library's own folders; see record-areas.ts).
 */
export function recordAreaOf(webUrl: string): RecordArea {
  let segments: string[];
  try {
    segments = new URL(webUrl).pathname.split('/').map(decodeURIComponent);
  } catch {
    return 'elsewhere';
  }
  const area = segments.find((segment) => segment === INTAKE_FOLDER || segment === RECORDS_FOLDER);
  if (area === INTAKE_FOLDER) return 'intake';
  return area === RECORDS_FOLDER ? 'records' : 'elsewhere';
}

/** The review target of a loaded item; null when it has no dedup key (columns missing). */
export function reviewTargetOf(item: ReviewItem): ReviewTarget | null {
  const key = item.record.metadata?.dedupKey;
  if (key === undefined) return null;
  return {
    id: item.record.id,
    dedupKey: key,
    link: item.auditLink,
    state: item.reviewState,
    ...(item.eTag === undefined ? {} : { eTag: item.eTag }),
  };
}
