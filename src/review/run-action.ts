import type { RecordId } from '../core/ids';
import type { ReviewAction, ReviewItem, ReviewTarget } from '../graph';
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
export function targetOf(item: ReviewItem): ReviewTarget | null {
  const key = item.record.metadata?.dedupKey;
  if (key === undefined) return null;
  return {
    id: item.record.id,
    dedupKey: key,
    ...(item.eTag === undefined ? {} : { eTag: item.eTag }),
  };
}

/**
 * Runs an action on the selection: a move moves the files first (records whose file is gone keep
 * their column), then the columns and audit events; records changed meanwhile are reloaded.
 */
export async function runAction(
  services: ReviewServices,
  items: readonly ReviewItem[],
  action: ReviewAction,
): Promise<ActionReport> {
  let targets = items.flatMap((item) => targetOf(item) ?? []);
  let fileMissing = 0;
  let forbidden = 0;
  if (action.kind === 'move') {
    const moves = await services.move(
      targets.map((target) => target.id),
      action.dossier,
    );
    const moved = new Set(moves.filter((move) => move.kind === 'moved').map((move) => move.id));
    fileMissing = moves.filter((move) => move.kind === 'file-missing').length;
    forbidden = moves.filter((move) => move.kind === 'forbidden').length;
    // Moving the file makes a new version of the list item: the columns follow with its new eTag.
    const fresh = await Promise.all(
      targets.filter((target) => moved.has(target.id)).map((target) => services.reload(target.id)),
    );
    targets = fresh.flatMap((item) => (item === null ? [] : (targetOf(item) ?? [])));
  }
  const outcomes = targets.length === 0 ? [] : await services.apply(targets, action);
  const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const reloaded = new Map<RecordId, ReviewItem | null>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'changed-meanwhile' || outcome.kind === 'not-found')
      reloaded.set(outcome.id, await services.reload(outcome.id));
  }
  if (services.learn !== undefined) {
    const done = new Set(outcomes.filter((outcome) => outcome.kind === 'done').map((o) => o.id));
    const learnt = items.filter((item) => done.has(item.record.id));
    // Learning is a bonus: a failure to store it never undoes or hides the review itself.
    if (learnt.length > 0) await services.learn(learnt, action).catch(() => undefined);
  }
  return {
    done: count('done'),
    changedMeanwhile: count('changed-meanwhile'),
    forbidden: forbidden + count('forbidden'),
    notFound: count('not-found'),
    failed: count('failed'),
    fileMissing,
    reloaded,
  };
}
