/**
 * The positions of the `limit` largest weights, largest first; equal weights keep their input
 * order. The same as a stable sort by weight, descending, cut to `limit`, without sorting the
 * whole list: a threshold is found by selection, and only the kept positions are sorted.
 * @param weights one weight per position; only the first `count` are read
 */
export function heaviestPositions(weights: Float64Array, count: number, limit: number): number[] {
  const kept: number[] = [];
  if (count <= limit) {
    for (let i = 0; i < count; i += 1) kept.push(i);
  } else if (limit > 0) {
    const threshold = largest(weights.slice(0, count), limit);
    let aboveThreshold = 0;
    for (let i = 0; i < count; i += 1) if ((weights[i] ?? 0) > threshold) aboveThreshold += 1;
    // Ties at the threshold are taken in input order, as a stable sort would keep them.
    let tiesLeft = limit - aboveThreshold;
    for (let i = 0; i < count; i += 1) {
      const weight = weights[i] ?? 0;
      if (weight > threshold) kept.push(i);
      else if (weight === threshold && tiesLeft > 0) {
        kept.push(i);
        tiesLeft -= 1;
      }
    }
  }
  return kept.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0));
}

/** The `rank`-th largest value (1 = the largest), by quickselect; reorders `values`. */
function largest(values: Float64Array, rank: number): number {
  const target = rank - 1;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i += 1;
      while ((values[j] ?? 0) < pivot) j -= 1;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] ?? 0;
  }
  return values[target] ?? 0;
}
