import type { FitRow } from './fit-row';

/**
 * Rows packed for the fit (compressed sparse rows): `columns` are weight-vector positions,
 * `slots` the same positions renumbered over the features that occur (`active`), and the
 * weights are normalised to sum to 1.
 */
export interface PackedRows {
  readonly offsets: Int32Array;
  readonly columns: Int32Array;
  readonly slots: Int32Array;
  readonly values: Float64Array;
  readonly labels: Float64Array;
  readonly weights: Float64Array;
  readonly active: Int32Array;
}

/** Packs rows for fitLogistic. */
export function packRows(rows: readonly FitRow[]): PackedRows {
  const total = rows.reduce((sum, row) => sum + row.weight, 0) || 1;
  const count = rows.reduce((sum, row) => sum + row.vector.indices.length, 0);
  const offsets = new Int32Array(rows.length + 1);
  const columns = new Int32Array(count);
  const values = new Float64Array(count);
  let at = 0;
  rows.forEach((row, index) => {
    offsets[index] = at;
    row.vector.indices.forEach((column, position) => {
      columns[at] = column;
      values[at] = row.vector.values[position] ?? 0;
      at += 1;
    });
  });
  offsets[rows.length] = at;
  const active = Int32Array.from(new Set(columns)).sort();
  const slotOf = new Map<number, number>();
  active.forEach((column, slot) => slotOf.set(column, slot));
  return {
    offsets,
    columns,
    slots: columns.map((column) => slotOf.get(column) ?? 0),
    values,
    labels: Float64Array.from(rows, (row) => row.label),
    weights: Float64Array.from(rows, (row) => row.weight / total),
    active,
  };
}
