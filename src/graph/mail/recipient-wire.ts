import type { Party } from '../../core';

/** A Graph recipient (`{ emailAddress: { name, address } }`). */
export interface RecipientWire {
  readonly emailAddress?: { readonly name?: string; readonly address?: string };
}

/** A recipient as the core's party; undefined without an address. */
export function partyOf(wire: RecipientWire | undefined): Party | undefined {
  const address = wire?.emailAddress?.address ?? '';
  if (address === '') return undefined;
  const name = wire?.emailAddress?.name;
  return name === undefined || name === '' ? { address } : { name, address };
}

/** The recipients that have an address, as the core's parties. */
export function partiesOf(wires: readonly RecipientWire[] | undefined): Party[] {
  return (wires ?? []).flatMap((wire) => {
    const found = partyOf(wire);
    return found === undefined ? [] : [found];
  });
}

/** A Graph date-time as a Date; undefined when absent or unreadable. */
export function dateOf(text: string | undefined): Date | undefined {
  const parsed = text === undefined ? NaN : Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}
