/**
 * How Bronvast describes the lists it needs: Graph columnDefinition bodies, so the same spec is
 * what provisioning POSTs, what `bronvast doctor` checks a tenant against and what the local
 * record system's demo site is made from.
 */

/** A Graph columnDefinition body. */
export interface ColumnSpec {
  readonly name: string;
  readonly indexed?: boolean;
  /**
   * Single line of text holds at most 255 characters (`maxLength`); `allowMultipleLines` makes
   * a multiple lines of text column, which holds long values but cannot be indexed.
   */
  readonly text?: { readonly allowMultipleLines?: boolean; readonly maxLength?: number };
  readonly number?: Record<string, never>;
  readonly dateTime?: { readonly format: 'dateTime' };
  readonly boolean?: Record<string, never>;
  readonly choice?: { readonly choices: readonly string[]; readonly allowTextEntry?: boolean };
}

/** The kind of value a column holds, as provisioning and the tenant check compare them. */
export type ColumnKind = 'text' | 'note' | 'number' | 'dateTime' | 'boolean' | 'choice';

/** A list or library Bronvast provisions. */
export interface ListSpec {
  readonly displayName: string;
  readonly template: 'documentLibrary' | 'genericList';
  readonly columns: readonly ColumnSpec[];
}

/** Single line of text (at most 255 characters). */
export const textColumn = (name: string, indexed = false): ColumnSpec => ({
  name,
  text: {},
  ...(indexed ? { indexed } : {}),
});

/** Multiple lines of text: long values, never indexed. */
export const noteColumn = (name: string): ColumnSpec => ({
  name,
  text: { allowMultipleLines: true },
});

/** Date and time. */
export const dateColumn = (name: string, indexed = false): ColumnSpec => ({
  name,
  dateTime: { format: 'dateTime' },
  ...(indexed ? { indexed } : {}),
});

/** One value of a fixed list. */
export const choiceColumn = (
  name: string,
  choices: readonly string[],
  indexed = false,
): ColumnSpec => ({ name, choice: { choices }, ...(indexed ? { indexed } : {}) });

/** A number. */
export const numberColumn = (name: string): ColumnSpec => ({ name, number: {} });

/** Yes or no. */
export const booleanColumn = (name: string): ColumnSpec => ({ name, boolean: {} });

/** The kind of a spec's column. */
export function kindOfSpec(column: ColumnSpec): ColumnKind {
  if (column.text !== undefined) return column.text.allowMultipleLines === true ? 'note' : 'text';
  if (column.number !== undefined) return 'number';
  if (column.dateTime !== undefined) return 'dateTime';
  if (column.boolean !== undefined) return 'boolean';
  return 'choice';
}
