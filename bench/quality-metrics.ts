/** A yes/no prediction next to the corpus label. */
export interface Outcome {
  readonly predicted: boolean;
  readonly actual: boolean;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

function f1(outcomes: readonly Outcome[], positive: boolean): number {
  const hit = outcomes.filter((o) => o.predicted === positive && o.actual === positive).length;
  const predicted = outcomes.filter((o) => o.predicted === positive).length;
  const actual = outcomes.filter((o) => o.actual === positive).length;
  return predicted + actual === 0 ? 0 : (2 * hit) / (predicted + actual);
}

/** Macro-F1 of a two-class task, with both per-class F1 values and the accuracy. */
export function twoClassFigures(outcomes: readonly Outcome[]): Record<string, number> {
  const [relevant, notRelevant] = [f1(outcomes, true), f1(outcomes, false)];
  return {
    n: outcomes.length,
    macroF1: round((relevant + notRelevant) / 2),
    f1Relevant: round(relevant),
    f1NotRelevant: round(notRelevant),
    accuracy: round(
      outcomes.filter((o) => o.predicted === o.actual).length / (outcomes.length || 1),
    ),
  };
}

/** Share of predictions that said relevant: recall on positives, false-positive rate on negatives. */
export function relevantShare(predictions: readonly boolean[]): number {
  return round(predictions.filter(Boolean).length / (predictions.length || 1));
}
