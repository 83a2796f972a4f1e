import { startTransition, useEffect, useState } from 'react';

/** Longest wait for a frame: a pane that is not visible gets no animation frames. */
const FRAME_FALLBACK_MS = 100;

/**
 * False on the first render, true once the browser has painted it: lets a view show what the
 * officer reads first (the verdict) and render its controls right after, as a transition.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (): void => startTransition(() => setPainted(true));
    const afterFrame = (): void => {
      clearTimeout(fallback);
      // A task queued from the frame callback runs once that frame is painted.
      timer = setTimeout(done, 0);
    };
    const fallback = setTimeout(done, FRAME_FALLBACK_MS);
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame(afterFrame) : undefined;
    return () => {
      clearTimeout(fallback);
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
  }, []);
  return painted;
}
