import type { Party } from '../core';
import { repairWindows1252 } from './windows-1252';

/** An address as the MIME parser gives it: a mailbox, or a group of mailboxes. */
export interface ParsedAddress {
  readonly name: string;
  readonly address?: string | undefined;
  readonly group?: readonly ParsedAddress[] | undefined;
}

/**
 * Parties from parsed addresses: groups flattened into their members, addresses lower-cased,
 * display names kept when there is one, entries without an address dropped.
 */
export function partiesFrom(addresses: readonly ParsedAddress[] | undefined): Party[] {
  const parties: Party[] = [];
  for (const entry of addresses ?? []) {
    if (entry.group !== undefined) parties.push(...partiesFrom(entry.group));
    else if (entry.address !== undefined) pushParty(parties, entry.name, entry.address);
  }
  return parties;
}

function pushParty(parties: Party[], name: string, address: string): void {
  const cleanAddress = address.trim().toLowerCase();
  if (cleanAddress === '') return;
  const cleanName = repairWindows1252(name).trim();
  parties.push(
    cleanName === '' ? { address: cleanAddress } : { name: cleanName, address: cleanAddress },
  );
}
