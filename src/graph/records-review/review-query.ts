import type { DossierId, MessageKind, ReviewStatus, DisclosureLevel } from '../../core';
import type { RecordQuery } from '../records/records-query';
import type { ReviewItem } from './review-item';

/** The review queue's filters, as the records manager sets them; every part optional. */
export interface ReviewFilter {
  readonly status?: ReviewStatus;
  readonly dossier?: DossierId;
  readonly filedBy?: string;
  readonly filedFrom?: Date;
  readonly filedTo?: Date;
  /** TOOI id of the Woo category. */
  readonly wooCategory?: string;
  readonly assessment?: DisclosureLevel;
  readonly sourceKind?: MessageKind;
  /** Only records someone changed after they were filed (review included). */
  readonly changedAfterFiling?: boolean;
  /** Words that must occur in the subject (case-insensitive). */
  readonly subject?: string;
  /** Page size, default 50. */
  readonly top?: number;
}

/**
 * A filter on a column that is not indexed. SharePoint refuses such a query on a list of more
 * than 5,000 items (the list view threshold), so it is never sent: it narrows the loaded pages.
 */
export type LocalFilterCode =
  'woo-category' | 'assessment' | 'source-kind' | 'changed-after-filing' | 'subject';

/** How a filter is carried out: the indexed part on the server, the rest on the loaded pages. */
export interface ReviewQueryPlan {
  readonly server: RecordQuery;
  readonly local: readonly LocalFilterCode[];
}

/** A change within this long after filing is the filing itself (columns after the upload). */
const FILING_SETTLES_MS = 60_000;

/**
 * Splits a filter into the query on indexed columns (review status, dossier, filed by, filed
 * at) and the filters that stay on the client (see {@link LocalFilterCode}).
 */
export function planReviewQuery(filter: ReviewFilter): ReviewQueryPlan {
  const server: RecordQuery = {
    ...(filter.status === undefined ? {} : { status: filter.status }),
    ...(filter.dossier === undefined ? {} : { dossier: filter.dossier }),
    ...(filter.filedBy === undefined || filter.filedBy === '' ? {} : { filedBy: filter.filedBy }),
    ...(filter.filedFrom === undefined ? {} : { filedFrom: filter.filedFrom }),
    ...(filter.filedTo === undefined ? {} : { filedTo: filter.filedTo }),
    top: filter.top ?? 50,
  };
  const local: LocalFilterCode[] = [];
  if (filter.wooCategory !== undefined) local.push('woo-category');
  if (filter.assessment !== undefined) local.push('assessment');
  if (filter.sourceKind !== undefined) local.push('source-kind');
  if (filter.changedAfterFiling === true) local.push('changed-after-filing');
  if (filter.subject !== undefined && filter.subject.trim() !== '') local.push('subject');
  return { server, local };
}

/** Whether a loaded item passes the filters that are not sent to the server. */
export function matchesLocally(item: ReviewItem, filter: ReviewFilter): boolean {
  const metadata = item.record.metadata;
  if (planReviewQuery(filter).local.length === 0) return true;
  if (metadata === null) return false;
  if (filter.wooCategory !== undefined && metadata.wooCategory !== filter.wooCategory) return false;
  if (filter.assessment !== undefined && metadata.assessment !== filter.assessment) return false;
  if (filter.sourceKind !== undefined && metadata.sourceKind !== filter.sourceKind) return false;
  if (filter.changedAfterFiling === true && !changedAfterFiling(item)) return false;
  return subjectMatches(metadata.subject, filter.subject ?? '');
}

/**
 * Whether the item was changed after its filing settled: its last change against its creation,
 * both set by the record system (never the client-written `BronvastFiledAt`, which whoever may
 * change the record can move along).
 */
export function changedAfterFiling(item: ReviewItem): boolean {
  const createdAt = item.createdAt?.getTime();
  const modifiedAt = item.lastModifiedAt?.getTime();
  if (createdAt === undefined || modifiedAt === undefined) return false;
  return modifiedAt - createdAt > FILING_SETTLES_MS;
}

function subjectMatches(subject: string, search: string): boolean {
  const folded = subject.toLocaleLowerCase('nl');
  return search
    .toLocaleLowerCase('nl')
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => folded.includes(word));
}
