/**
 * The pane's start-up steps as User Timing marks (`bronvast:office-ready`, `bronvast:item-read`,
 * ...), visible in the browser's performance panel and read by the pane benchmark.
 */
export type StartUpStep =
  'office-ready' | 'item-read' | 'core-loaded' | 'context-ready' | 'assessed' | 'verdict-shown';

/** Marks a start-up step the first time it happens; later repeats (another mail) are not marks. */
export function markStartUp(step: StartUpStep): void {
  const name = `bronvast:${step}`;
  if (typeof performance?.mark !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}
