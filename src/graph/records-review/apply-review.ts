import type { RecordId } from '../../core/ids';
import type { RecordMetadata } from '../../core/records/record-metadata';
import { batchStepError, MAX_BATCH_STEPS, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import type { GraphCallError } from '../GraphCallError';
import { recordMetadataFromFields } from '../records/record-fields';
import type { SiteIds } from '../site-ids';
import type { GraphBatchResponse } from '../wire-types';
import { auditEventFields, reviewActionFields, type ReviewAction } from './review-action';

/** A record an action applies to, with the eTag the page loaded it with. */
export interface ReviewTarget {
  readonly id: RecordId;
  readonly dedupKey: string;
  readonly eTag?: string;
}

/** What became of one record. `changed-meanwhile` is SharePoint's 412 on `If-Match`. */
export type ReviewOutcome =
  | { readonly kind: 'done'; readonly id: RecordId; readonly metadata: RecordMetadata | null }
  | { readonly kind: 'changed-meanwhile'; readonly id: RecordId }
  | { readonly kind: 'forbidden'; readonly id: RecordId }
  | { readonly kind: 'not-found'; readonly id: RecordId }
  | { readonly kind: 'failed'; readonly id: RecordId; readonly error: GraphCallError };

/** Two steps per record: the columns (If-Match) and the audit event that depends on them. */
const RECORDS_PER_BATCH = MAX_BATCH_STEPS / 2;

/**
 * Applies one action to each target: the columns are patched with `If-Match` (the target's
 * eTag) and an audit event is appended only when that succeeded. Ten records per `$batch` of 20
 * steps, so 200 records cost 20 requests. Moving the files is {@link moveRecordFiles}'s job.
 */
export async function applyReview(
  client: GraphClient,
  site: SiteIds,
  targets: readonly ReviewTarget[],
  action: ReviewAction,
  actor: string,
): Promise<ReviewOutcome[]> {
  const outcomes: ReviewOutcome[] = [];
  for (let start = 0; start < targets.length; start += RECORDS_PER_BATCH) {
    const chunk = targets.slice(start, start + RECORDS_PER_BATCH);
    const steps = chunk.flatMap((target, index) => reviewSteps(site, target, action, actor, index));
    const responses = await sendBatch(client, steps, 'review.apply');
    chunk.forEach((target, index) =>
      outcomes.push(outcomeOf(target.id, responses.get(`f${index}`), responses.get(`a${index}`))),
    );
  }
  return outcomes;
}

function reviewSteps(
  site: SiteIds,
  target: ReviewTarget,
  action: ReviewAction,
  actor: string,
  index: number,
): BatchStep[] {
  return [
    {
      id: `f${index}`,
      method: 'PATCH',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${target.id}/fields`,
      body: reviewActionFields(action),
      ...(target.eTag === undefined ? {} : { headers: { 'If-Match': target.eTag } }),
    },
    {
      id: `a${index}`,
      method: 'POST',
      url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
      body: { fields: auditEventFields(target.dedupKey, action, actor, new Date()) },
      dependsOn: [`f${index}`],
    },
  ];
}

function outcomeOf(
  id: RecordId,
  fields: GraphBatchResponse | undefined,
  audit: GraphBatchResponse | undefined,
): ReviewOutcome {
  const error = batchStepError(fields, 'review.apply') ?? batchStepError(audit, 'review.audit');
  if (error === undefined) {
    const body = fields?.body;
    const metadata =
      typeof body === 'object' && body !== null
        ? recordMetadataFromFields(body as Record<string, unknown>)
        : null;
    return { kind: 'done', id, metadata };
  }
  if (error.status === 412) return { kind: 'changed-meanwhile', id };
  if (error.kind === 'forbidden') return { kind: 'forbidden', id };
  if (error.kind === 'not-found') return { kind: 'not-found', id };
  return { kind: 'failed', id, error };
}
