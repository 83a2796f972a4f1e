import type { GraphColumnDefinition } from '../wire-types';
import type { ColumnKind } from './list-spec';

/** The kind of a column as the tenant reports it; undefined for kinds Bronvast never makes. */
export function columnKind(column: GraphColumnDefinition): ColumnKind | undefined {
  if (column.text !== undefined) return column.text.allowMultipleLines === true ? 'note' : 'text';
  if (column.number !== undefined) return 'number';
  if (column.dateTime !== undefined) return 'dateTime';
  if (column.boolean !== undefined) return 'boolean';
  if (column.choice !== undefined) return 'choice';
  return undefined;
}
