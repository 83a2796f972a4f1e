import type { DossierId, RecordId } from '../core';
import {
  reviewTargetOf,
  type MoveOutcome,
  type ReviewAction,
  type ReviewItem,
  type ReviewTarget,
} from '../graph';
import type { ReviewServices } from './review-services';

/** How an action on a selection went, counted for one message. */
export interface ActionReport {
  readonly done: number;
  readonly changedMeanwhile: number;
  readonly forbidden: number;
  readonly notFound: number;
  readonly failed: number;
  readonly fileMissing: number;
  /** Records reloaded after a 412 (or gone: null), to put in the grid. */
  readonly reloaded: ReadonlyMap<RecordId, ReviewItem | null>;
}

/** A review target of a loaded item; null when it has no dedup key (columns missing). */
export const targetOf = (item: ReviewItem): ReviewTarget | null => reviewTargetOf(item);

/**
 * Runs an action on the selection: first the decision (one audit event, then the columns with
 * the eTags the page loaded), then each decided record's file moves into its dossier's folder
 * of the records area, where officers can no longer change it (a record whose file is gone keeps
 * its columns). Records changed meanwhile are reloaded.
 */
export async function runAction(
  services: ReviewServices,
  items: readonly ReviewItem[],
  action: ReviewAction,
): Promise<ActionReport> {
  const targets = items.flatMap((item) => targetOf(item) ?? []);
  const outcomes = targets.length === 0 ? [] : await services.apply(targets, action);
  const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const decided = new Set(outcomes.filter((o) => o.kind === 'done').map((o) => o.id));
  const moves = await archive(
    services,
    items.filter((item) => decided.has(item.record.id)),
    action,
  );
  const reloaded = new Map<RecordId, ReviewItem | null>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'changed-meanwhile' || outcome.kind === 'not-found')
      reloaded.set(outcome.id, await services.reload(outcome.id));
  }
  if (services.learn !== undefined) {
    const learnt = items.filter((item) => decided.has(item.record.id));
    // Learning is a bonus: a failure to store it never undoes or hides the review itself.
    if (learnt.length > 0) await services.learn(learnt, action).catch(() => undefined);
  }
  return {
    done: count('done'),
    changedMeanwhile: count('changed-meanwhile'),
    forbidden: count('forbidden') + moves.filter((move) => move.kind === 'forbidden').length,
    notFound: count('not-found'),
    failed: count('failed'),
    fileMissing: moves.filter((move) => move.kind === 'file-missing').length,
    reloaded,
  };
}

/** Moves the decided records' files into the records area, per destination dossier. */
async function archive(
  services: ReviewServices,
  items: readonly ReviewItem[],
  action: ReviewAction,
): Promise<MoveOutcome[]> {
  const byDossier = new Map<DossierId, RecordId[]>();
  for (const item of items) {
    const dossier = action.kind === 'move' ? action.dossier : item.record.metadata?.dossier;
    if (dossier === undefined || dossier === '') continue;
    byDossier.set(dossier, [...(byDossier.get(dossier) ?? []), item.record.id]);
  }
  const moves: MoveOutcome[] = [];
  for (const [dossier, ids] of byDossier) moves.push(...(await services.move(ids, dossier)));
  return moves;
}
