/**
 * F6 and Shift+F6 move the focus between the page's regions, as in Outlook on the web: each
 * region is an element with `data-region`; entering one focuses its first tab stop (inside a
 * hosted frame, the frame's first tab stop).
 */

const TABBABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The attribute that marks a region. */
export const REGION_ATTRIBUTE = 'data-region';

const visible = (element: Element): boolean =>
  element.closest('[hidden], [aria-hidden="true"]') === null;

function firstTabStop(root: ParentNode): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (element.tabIndex >= 0 && visible(element)) return element;
  }
  return null;
}

/** Focuses the region's first tab stop; a frame region focuses the frame's first one. */
export function enterRegion(region: HTMLElement): void {
  const frame = region.querySelector('iframe');
  const inner = frame?.contentDocument ?? null;
  if (frame !== null && inner !== null) {
    frame.focus();
    (firstTabStop(inner) ?? inner.body).focus();
    return;
  }
  const stop = firstTabStop(region);
  if (stop !== null) return stop.focus();
  // A region without controls (an open mail) takes the focus itself, so it can be scrolled.
  region.tabIndex = -1;
  region.focus();
}

/** Moves the focus to the next (`1`) or previous (`-1`) region of `page` and returns it. */
export function cycleRegion(page: ParentNode, direction: 1 | -1): HTMLElement | null {
  const regions = [...page.querySelectorAll<HTMLElement>(`[${REGION_ATTRIBUTE}]`)];
  if (regions.length === 0) return null;
  const active = document.activeElement;
  const current = regions.findIndex((region) => active !== null && region.contains(active));
  const start = current === -1 ? (direction === 1 ? -1 : regions.length) : current;
  const next = regions[(start + direction + regions.length) % regions.length];
  if (next === undefined) return null;
  enterRegion(next);
  return next;
}

/** Whether a key event asks to move between regions: F6 forward, Shift+F6 back. */
export function regionStep(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): 1 | -1 | null {
  if (event.key !== 'F6') return null;
  return event.shiftKey ? -1 : 1;
}
