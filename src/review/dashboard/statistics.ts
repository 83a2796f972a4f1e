/** The p-th percentile (0..100) of the values by nearest rank; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median by nearest rank (the lower middle for an even count). */
export const median = (values: readonly number[]): number | undefined => percentile(values, 50);
