import { useCallback, useEffect, useState } from 'react';
import type { ScanProgress, UnfiledMail } from '../../filing/unfiled';
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
 * Reads the last `weeks` weeks through the services, adding each page's finds at once; a new
 * period starts over. `remove` takes mails off the list (filed or set aside) without rereading.
 */
export function useUnfiledScan(services: UnfiledServices, weeks: number) {
  const [state, setState] = useState<UnfiledScanState>(START);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const controller = new AbortController();
    setState(START);
    services
      .scan(
        weeks,
        (found, progress) =>
          controller.signal.aborted ||
          setState((now) => ({ ...now, mails: [...now.mails, ...found], progress })),
        controller.signal,
      )
      .then(
        (result) => {
          if (controller.signal.aborted) return;
          setState((now) => ({ ...now, status: 'done' }));
          void services.report?.(result).catch(() => undefined);
        },
        () => controller.signal.aborted || setState((now) => ({ ...now, status: 'failed' })),
      );
    return () => controller.abort();
  }, [services, weeks]);
  const remove = useCallback((ids: readonly string[]) => {
    setRemoved((now) => new Set([...now, ...ids]));
  }, []);
  const mails = state.mails.filter((mail) => !removed.has(mail.id));
  return { ...state, mails, remove };
}
