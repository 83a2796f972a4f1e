import type { GraphFields } from '../wire-types';

/** A list item of a Woo list as Graph returns it with `$expand=fields`. */
export interface WooListItem {
  readonly id: string;
  readonly eTag?: string;
  readonly createdDateTime?: string;
  readonly createdBy?: {
    readonly user?: { readonly displayName?: string; readonly email?: string };
  };
  readonly fields?: GraphFields;
}

/** A text field, '' when absent or not text. */
export function textField(item: WooListItem, name: string): string {
  const value = item.fields?.[name];
  return typeof value === 'string' ? value : '';
}

/** A date field, undefined when absent or not a date. */
export function dateField(item: WooListItem, name: string): Date | undefined {
  const value = textField(item, name);
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Who created the item, as the record system vouches for it. */
export function createdByOf(item: WooListItem): string {
  const user = item.createdBy?.user;
  return user?.email ?? user?.displayName ?? '';
}

/** A calendar day as a dateTime column holds it (midnight UTC of the day). */
export function dayValue(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}
