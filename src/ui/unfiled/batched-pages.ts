import type { ScanProgress, UnfiledMail } from '../../filing/unfiled';

/** How often the list takes in what was found, at most: a few renders a second, not hundreds. */
const BATCH_MS = 300;

/** What the pages brought since the list last took them in. */
export interface Batch {
  readonly found: readonly UnfiledMail[];
  readonly progress: ScanProgress;
}

/**
 * Gathers the finds of the reading and hands them on together: the first finds at once (so the
 * first results show as soon as there are any), then at most once per {@link BATCH_MS}. `flush` hands
 * on what is left (when the reading ends); `cancel` drops it (when the reading is abandoned).
 */
export function batchedPages(deliver: (batch: Batch) => void) {
  let found: UnfiledMail[] = [];
  let progress: ScanProgress | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let delivered = false;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (progress === null) return;
    const batch = { found, progress };
    found = [];
    progress = null;
    delivered = delivered || batch.found.length > 0;
    deliver(batch);
  };
  return {
    add(more: readonly UnfiledMail[], now: ScanProgress): void {
      found.push(...more);
      progress = now;
      if (!delivered && found.length > 0) flush();
      else timer ??= setTimeout(flush, BATCH_MS);
    },
    flush,
    cancel(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
