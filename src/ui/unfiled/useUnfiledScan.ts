import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScanProgress, UnfiledMail } from '../../filing/unfiled';
import { batchedPages } from './batched-pages';
import type { UnfiledServices } from './unfiled-services';

/** Where the reading is: going (with what it found so far), done, or failed. */
export interface UnfiledScanState {
  readonly mails: readonly UnfiledMail[];
  readonly progress: ScanProgress;
  readonly status: 'reading' | 'done' | 'failed';
}

const START: UnfiledScanState = {
  mails: [],
  progress: { read: 0, foldersDone: 0, folders: 0 },
  status: 'reading',
};

/**
 * Reads the last `weeks` weeks through the services, taking in the finds a few times a second
 * (the first at once); a new period starts over. `remove` takes mails off the list (filed or set
 * aside) without rereading.
 */
export function useUnfiledScan(services: UnfiledServices, weeks: number) {
  const [state, setState] = useState<UnfiledScanState>(START);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const controller = new AbortController();
    setState(START);
    const batches = batchedPages(({ found, progress }) =>
      setState((now) => ({
        ...now,
        mails: found.length === 0 ? now.mails : [...now.mails, ...found],
        progress,
      })),
    );
    services
      .scan(
        weeks,
        (found, progress) => controller.signal.aborted || batches.add(found, progress),
        controller.signal,
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          batches.flush();
          setState((now) => ({ ...now, status: 'done' }));
          void services.report?.(result).catch(() => undefined);
        },
        () => {
          if (controller.signal.aborted) return;
          batches.flush();
          setState((now) => ({ ...now, status: 'failed' }));
        },
      );
    return () => {
      controller.abort();
      batches.cancel();
    };
  }, [services, weeks]);
  const remove = useCallback((ids: readonly string[]) => {
    setRemoved((now) => new Set([...now, ...ids]));
  }, []);
  const mails = useMemo(
    () => state.mails.filter((mail) => !removed.has(mail.id)),
    [state.mails, removed],
  );
  return { ...state, mails, remove };
}
