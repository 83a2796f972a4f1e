/** Longest wait for a frame: a pane that is not visible gets no animation frames. */
const FRAME_FALLBACK_MS = 100;

/** Resolves once the browser has painted what is on the page now. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_FALLBACK_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      // A task queued from the frame callback runs once that frame is painted.
      setTimeout(resolve, 0);
    });
  });
}

/**
 * Resolves once the pane's first render and the render of its controls after it are painted
 * (React renders the controls as a transition after the first paint) and the page has a moment
 * with nothing to do, or after `timeoutMs` if it gets none.
 */
export async function afterControlsPainted(timeoutMs: number): Promise<void> {
  for (let frame = 0; frame < PAINTS_TO_CONTROLS; frame += 1) await nextPaint();
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

/** The verdict's paint, the controls' render after it, and the paint of the controls. */
const PAINTS_TO_CONTROLS = 3;
