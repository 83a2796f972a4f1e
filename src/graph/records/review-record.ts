import type { DossierId, RecordId } from '../../core/ids';
import type { RecordMetadata, ReviewStatus } from '../../core/records/record-metadata';
import type { DisclosureLevel, GroundCode } from '../../core/woo-codes';
import { batchStepError, sendBatch } from '../batch';
import type { GraphClient } from '../graph-client';
import type { SiteIds } from '../site-ids';
import { recordMetadataFromFields } from './record-fields';

/** What a records manager changes on a record: accept, reject, reclassify. */
export interface RecordReview {
  readonly reviewStatus?: ReviewStatus;
  readonly dossier?: DossierId;
  /** TOOI id, or null for none. */
  readonly wooCategory?: string | null;
  readonly assessment?: DisclosureLevel;
  readonly grounds?: readonly GroundCode[];
  readonly toelichting?: string;
}

/**
 * Updates a record's columns and appends the audit event, in one `$batch` (the event only when
 * the update succeeded). Returns the metadata as stored. Moving the file to another dossier
 * folder is not part of it: the dossier column is what counts.
 */
export async function reviewRecord(
  client: GraphClient,
  site: SiteIds,
  record: { readonly id: RecordId; readonly dedupKey: string },
  review: RecordReview,
  actor: string,
): Promise<RecordMetadata | null> {
  const responses = await sendBatch(
    client,
    [
      {
        id: 'fields',
        method: 'PATCH',
        url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${record.id}/fields`,
        body: reviewFields(review),
      },
      {
        id: 'audit',
        method: 'POST',
        url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
        body: { fields: auditFields(record.dedupKey, review, actor) },
        dependsOn: ['fields'],
      },
    ],
    'records.review',
  );
  const fields = responses.get('fields');
  const error = batchStepError(fields, 'records.review');
  if (error !== undefined) throw error;
  const body = fields?.body;
  return typeof body === 'object' && body !== null
    ? recordMetadataFromFields(body as Record<string, unknown>)
    : null;
}

/** The columns a review changes. */
export function reviewFields(review: RecordReview): Record<string, string> {
  const fields: Record<string, string> = {};
  if (review.reviewStatus !== undefined) fields['BronvastReviewStatus'] = review.reviewStatus;
  if (review.dossier !== undefined) fields['BronvastDossier'] = review.dossier;
  if (review.wooCategory !== undefined) fields['BronvastWooCategory'] = review.wooCategory ?? '';
  if (review.assessment !== undefined) fields['BronvastAssessment'] = review.assessment;
  if (review.grounds !== undefined) fields['BronvastGrounds'] = review.grounds.join(';');
  if (review.toelichting !== undefined) fields['BronvastToelichting'] = review.toelichting;
  return fields;
}

// Actor and At are what the client says; who appended the event and when is the item's own
// createdBy and createdDateTime, which the record system sets (the local one also overwrites
// Actor and At from the token and its clock).
function auditFields(
  dedupKey: string,
  review: RecordReview,
  actor: string,
): Record<string, string> {
  const action =
    review.reviewStatus === 'geaccepteerd'
      ? 'accepted'
      : review.reviewStatus === 'afgewezen'
        ? 'rejected'
        : 'reclassified';
  return {
    Title: dedupKey,
    Action: action,
    Actor: actor,
    RecordDedupKey: dedupKey,
    Details: JSON.stringify(reviewFields(review)),
    At: new Date().toISOString(),
  };
}
