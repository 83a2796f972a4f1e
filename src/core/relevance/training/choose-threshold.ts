/** A scored example: its probability, its label and its sample weight. */
export interface ScoredExample {
  readonly score: number;
  readonly relevant: boolean;
  readonly weight: number;
}

/**
 * Missing a record weighs one and a half times a needless suggestion to file: a lost record
 * cannot be reconstructed, a needless suggestion costs a click but erodes trust in the advice.
 */
export const RECALL_WEIGHT = 1.5;

/**
 * Weighted balanced accuracy at a threshold: the mean of weighted recall and specificity, recall
 * counting `recallWeight` times (1 gives the plain balanced accuracy).
 */
export function balancedAccuracy(
  scored: readonly ScoredExample[],
  threshold: number,
  recallWeight = 1,
): number {
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
  const recall = positive ? truePositive / positive : 1;
  const specificity = negative ? trueNegative / negative : 1;
  return (recallWeight * recall + specificity) / (recallWeight + 1);
}

/**
 * The threshold (0.05 to 0.95 by 0.01) with the best weighted balanced accuracy on out-of-fold
 * scores, recall counting `recallWeight` times; among equals the one nearest 0.5. Meant for
 * cross-validated training scores only.
 */
export function chooseThreshold(
  scored: readonly ScoredExample[],
  recallWeight = RECALL_WEIGHT,
): number {
  const accuracyAt = (threshold: number): number =>
    balancedAccuracy(scored, threshold, recallWeight);
  let best = { threshold: 0.5, accuracy: accuracyAt(0.5) };
  for (let step = 5; step <= 95; step += 1) {
    const threshold = step / 100;
    const accuracy = accuracyAt(threshold);
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
