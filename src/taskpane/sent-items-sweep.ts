import type { PaneServices } from './pane-services';

/** How often the pane looks for sent mails to file while it stays open. */
export const SWEEP_INTERVAL_MS = 2 * 60_000;

/**
 * Files sent mails whose dossier was chosen while writing: once when the pane starts, then periodically.
 * Returns a function that stops the sweep. Failures wait for the next round.
 */
export function startSentItemsSweep(
  services: PaneServices,
  intervalMs = SWEEP_INTERVAL_MS,
): () => void {
  const sweep = (): void => void services.sweepSentItems().catch(() => undefined);
  // The first round waits until the pane has shown its assessment.
  const first = setTimeout(sweep, Math.min(intervalMs, FIRST_SWEEP_DELAY_MS));
  const timer = setInterval(sweep, intervalMs);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

/** How long after start the first sweep runs. */
export const FIRST_SWEEP_DELAY_MS = 3000;
