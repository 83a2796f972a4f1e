/** A scored example: its probability, its label and its sample weight. */
export interface ScoredExample {
  readonly score: number;
  readonly relevant: boolean;
  readonly weight: number;
}

/** Weighted balanced accuracy at a threshold: the mean of weighted recall and specificity. */
export function balancedAccuracy(scored: readonly ScoredExample[], threshold: number): number {
  let [truePositive, positive, trueNegative, negative] = [0, 0, 0, 0];
  for (const { score, relevant, weight } of scored) {
    if (relevant) {
      positive += weight;
      if (score >= threshold) truePositive += weight;
    } else {
      negative += weight;
      if (score < threshold) trueNegative += weight;
    }
  }
  return ((positive ? truePositive / positive : 1) + (negative ? trueNegative / negative : 1)) / 2;
}

/**
 * The threshold (0.05 to 0.95 by 0.01) with the best weighted balanced accuracy on out-of-fold
 * scores; among equals the one nearest 0.5. Meant for cross-validated training scores only.
 */
export function chooseThreshold(scored: readonly ScoredExample[]): number {
  let best = { threshold: 0.5, accuracy: balancedAccuracy(scored, 0.5) };
  for (let step = 5; step <= 95; step += 1) {
    const threshold = step / 100;
    const accuracy = balancedAccuracy(scored, threshold);
    const nearer = Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5);
    if (
      accuracy > best.accuracy + 1e-12 ||
      (Math.abs(accuracy - best.accuracy) <= 1e-12 && nearer)
    ) {
      best = { threshold, accuracy };
    }
  }
  return best.threshold;
}
