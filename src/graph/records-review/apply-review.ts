import type { RecordId } from '../../core';
import type { RecordMetadata } from '../../core/records';
import { batchStepError, MAX_BATCH_STEPS, sendBatch, type BatchStep } from '../batch';
import type { GraphClient } from '../graph-client';
import { isGraphCallError, type GraphCallError } from '../GraphCallError';
import { recordMetadataFromFields } from '../records/record-fields';
import { sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphBatchResponse, GraphListItem } from '../wire-types';
import { reviewActionFields, type ReviewAction } from './review-action';
import {
  auditEventFields,
  correctionEventFields,
  hashOfEventItem,
  LAST_AUDIT_EVENT_COLUMN,
  type ReviewedRecord,
  type UnappliedRecord,
} from './review-audit-event';
import { formatAuditLink } from '../../core/trust';

/**
 * A record an action applies to, with the eTag the page loaded it with, its link to its last
 * audit event and its review state then.
 */
export interface ReviewTarget extends ReviewedRecord {
  readonly eTag?: string;
}

/** What became of one record. `changed-meanwhile` is SharePoint's 412 on `If-Match`. */
export type ReviewOutcome =
  | { readonly kind: 'done'; readonly id: RecordId; readonly metadata: RecordMetadata | null }
  | { readonly kind: 'changed-meanwhile'; readonly id: RecordId }
  | { readonly kind: 'forbidden'; readonly id: RecordId }
  | { readonly kind: 'not-found'; readonly id: RecordId }
  | { readonly kind: 'failed'; readonly id: RecordId; readonly error: GraphCallError };

/**
 * Applies one action (one decision of one manager) to the targets. First one audit event for
 * the whole selection (server-set author and time) that links each record to its previous event
 * and states its review columns after the decision, then each record's columns with `If-Match`
 * (its eTag) and its link to the new event (`{id}:{hash}` of the event as the record system
 * stored it) in {@link LAST_AUDIT_EVENT_COLUMN}, 20 records per `$batch`: 200 records cost 1
 * POST and 10 `$batch` requests. A record that fails fails alone; when any did, a correcting
 * event names them, so the trail never claims a change that did not happen. An officer's
 * action ends at the first step: the audit list is the records managers' to write. Moving the
 * files into the records area is {@link moveRecordFiles}'s job.
 */
export async function applyReview(
  client: GraphClient,
  site: SiteIds,
  targets: readonly ReviewTarget[],
  action: ReviewAction,
  actor: string,
): Promise<ReviewOutcome[]> {
  if (targets.length === 0) return [];
  const eventsUrl = `/sites/${site.siteId}/lists/${site.auditListId}/items`;
  let eventId: string;
  let link: string;
  try {
    const posted = await sendJson<GraphListItem>(client, {
      method: 'POST',
      url: eventsUrl,
      json: { fields: auditEventFields(targets, action, actor, new Date()) },
      label: 'review.audit',
    });
    const event =
      posted.fields === undefined ? await readEvent(client, eventsUrl, posted.id) : posted;
    eventId = event.id;
    link = formatAuditLink({ eventId, hash: hashOfEventItem(event) });
  } catch (error: unknown) {
    // Without its event the action is not taken at all: every record stays as it was.
    if (!isGraphCallError(error)) throw error;
    return targets.map((target) => ({ kind: 'failed', id: target.id, error }));
  }
  const outcomes = await patchRecords(client, site, targets, action, link);
  const unapplied = unappliedRecords(targets, outcomes);
  if (unapplied.length > 0)
    await sendJson<GraphListItem>(client, {
      method: 'POST',
      url: eventsUrl,
      json: { fields: correctionEventFields(eventId, unapplied, actor, new Date()) },
      label: 'review.audit',
    });
  return outcomes;
}

async function patchRecords(
  client: GraphClient,
  site: SiteIds,
  targets: readonly ReviewTarget[],
  action: ReviewAction,
  link: string,
): Promise<ReviewOutcome[]> {
  const body = { ...reviewActionFields(action), [LAST_AUDIT_EVENT_COLUMN]: link };
  const outcomes: ReviewOutcome[] = [];
  for (let start = 0; start < targets.length; start += MAX_BATCH_STEPS) {
    const chunk = targets.slice(start, start + MAX_BATCH_STEPS);
    const steps = chunk.map((target, index): BatchStep => ({
      id: `f${index}`,
      method: 'PATCH',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${target.id}/fields`,
      body,
      ...(target.eTag === undefined ? {} : { headers: { 'If-Match': target.eTag } }),
    }));
    const responses = await sendBatch(client, steps, 'review.apply');
    chunk.forEach((target, index) =>
      outcomes.push(outcomeOf(target.id, responses.get(`f${index}`))),
    );
  }
  return outcomes;
}

function readEvent(client: GraphClient, eventsUrl: string, id: string): Promise<GraphListItem> {
  return sendJson<GraphListItem>(client, {
    method: 'GET',
    url: `${eventsUrl}/${id}`,
    query: { $expand: 'fields' },
    label: 'review.audit',
  });
}

function unappliedRecords(
  targets: readonly ReviewTarget[],
  outcomes: readonly ReviewOutcome[],
): UnappliedRecord[] {
  return outcomes.flatMap((outcome, index) => {
    const target = targets[index];
    if (outcome.kind === 'done' || target === undefined) return [];
    return [{ id: target.id, dedupKey: target.dedupKey, outcome: outcome.kind }];
  });
}

function outcomeOf(id: RecordId, fields: GraphBatchResponse | undefined): ReviewOutcome {
  const error = batchStepError(fields, 'review.apply');
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
