import type { PaneServices } from './pane-services';

/** How often the pane looks for sent mails to file while it stays open. */
export const SWEEP_INTERVAL_MS = 2 * 60_000;

/**
 * Files sent mails that carry a dossier header: once when the pane starts, then periodically.
 * Returns a function that stops the sweep. Failures wait for the next round.
 */
export function startSentItemsSweep(services: PaneServices, intervalMs = SWEEP_INTERVAL_MS): () => void {
  const sweep = (): void => void services.sweepSentItems().catch(() => undefined);
  sweep();
  const timer = setInterval(sweep, intervalMs);
  return () => clearInterval(timer);
}
