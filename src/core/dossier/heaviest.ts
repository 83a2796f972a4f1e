/**
 * The positions of the `limit` largest weights, largest first; equal weights keep their input
 * order. The same as a stable sort by weight, descending, cut to `limit`, without sorting the
 * whole list: a threshold is found by selection, and only the kept weights are sorted, by the
 * runtime's numeric sort, their positions then placed in input order within equal weights.
 * @param weights one weight per position, none NaN; only the first `count` are read
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
  return orderByWeight(kept, weights);
}

/**
 * `positions` (ascending) ordered by weight, descending, equal weights in ascending position:
 * the kept weights are sorted numerically, and each position, visited in ascending order, takes
 * the next free place among the places of its weight (found by binary search).
 */
function orderByWeight(positions: readonly number[], weights: Float64Array): number[] {
  const count = positions.length;
  const sorted = new Float64Array(count);
  for (let i = 0; i < count; i += 1) sorted[i] = -(weights[positions[i] ?? 0] ?? 0);
  sorted.sort();
  const placed = new Int32Array(count);
  const ordered = new Array<number>(count);
  for (const position of positions) {
    const key = -(weights[position] ?? 0);
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? 0) < key) low = middle + 1;
      else high = middle;
    }
    ordered[low + (placed[low] ?? 0)] = position;
    placed[low] = (placed[low] ?? 0) + 1;
  }
  return ordered;
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
