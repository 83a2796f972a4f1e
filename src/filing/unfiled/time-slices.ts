/** How long the assessment runs before the browser gets its turn (a frame at 25 fps). */
const SLICE_MS = 40;

/** Gives the host its turn: a zero timeout lets the browser paint and handle input. */
export const pauseForHost = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Works through the items in slices of about {@link SLICE_MS}: after each slice `endOfSlice`
 * runs (to report what the slice found) and the host gets its turn through `pause`, so a page of
 * a thousand mails never holds the page's main thread for seconds.
 */
export async function inTimeSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  endOfSlice: () => void,
  pause: () => Promise<void>,
): Promise<void> {
  let started = Date.now();
  for (const item of items) {
    each(item);
    if (Date.now() - started < SLICE_MS) continue;
    endOfSlice();
    await pause();
    started = Date.now();
  }
  endOfSlice();
}
