import { useState } from 'react';
import type { ReviewAction, ReviewItem } from '../../graph';
import type { ReviewServices } from '../review-services';
import { runAction, type ActionReport } from '../run-action';

/** Where an action was started: the selection's toolbar or the open record's detail. */
export type ActionOrigin = 'selection' | 'detail';

/** What the queue needs back after an action: records to put in place and whether to reload. */
export interface ActionEffects {
  readonly replace: (reloaded: ActionReport['reloaded']) => void;
  readonly refresh: () => Promise<void>;
  readonly afterAction: (origin: ActionOrigin) => Promise<void>;
}

/** Runs review actions one at a time and keeps the report of the last, with where it started. */
export function useQueueActions(services: ReviewServices, effects: ActionEffects) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ origin: ActionOrigin; report: ActionReport }>();
  const act = async (origin: ActionOrigin, items: readonly ReviewItem[], action: ReviewAction) => {
    setBusy(true);
    setReport(undefined);
    try {
      const result = await runAction(services, items, action);
      setReport({ origin, report: result });
      effects.replace(result.reloaded);
      if (result.done > 0) await effects.refresh();
      await effects.afterAction(origin);
    } catch {
      setReport({ origin, report: failedReport(items.length) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, report, act };
}

/** The report of an action that failed as a whole (the record system unreachable). */
function failedReport(count: number): ActionReport {
  return {
    done: 0,
    changedMeanwhile: 0,
    forbidden: 0,
    notFound: 0,
    failed: count,
    fileMissing: 0,
    reloaded: new Map(),
  };
}
