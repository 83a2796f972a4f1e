/**
 * Holds back the pane's background work (the Graph side's chunks: the lookup of an earlier
 * filing, the refresh of the dossiers and the learning kept from the last opening) while React
 * and Fluent UI draw the pane, so that loading and running them does not delay the controls.
 * Until it is closed, everything passes at once: what the first view needs (nothing kept from
 * an earlier opening, a failure to read) is never held.
 */
export interface StartUpGate {
  /** Resolves at once while the gate is open; while it is held, once it opens again. */
  readonly passed: () => Promise<void>;
  /** Holds the gate until `settled` resolves (or rejects). */
  readonly holdUntil: (settled: Promise<void>) => void;
}

/** A gate that starts open. */
export function startUpGate(): StartUpGate {
  let gate: Promise<void> = Promise.resolve();
  return {
    passed: () => gate,
    holdUntil: (settled) => {
      gate = settled.catch(() => undefined);
    },
  };
}
