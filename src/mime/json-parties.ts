import { addressParser } from 'postal-mime';
import type { Party } from '../core';
import { repairWindows1252 } from './windows-1252';

/** The parties of one JSON field, and whether any entry could not be read. */
export interface JsonParties {
  readonly parties: Party[];
  readonly unreadable: boolean;
}

const ADDRESS = /^[^@\s[\]<>]+@[^@\s[\]<>]+\.[^@\s[\]<>]+$/;

function partyOf(name: string, address: string): Party | 'unreadable' {
  const cleanName = repairWindows1252(name).trim();
  const cleanAddress = address.trim().toLowerCase();
  if (!ADDRESS.test(cleanAddress)) return 'unreadable';
  return cleanName === '' ? { address: cleanAddress } : { name: cleanName, address: cleanAddress };
}

/** A name without an address ("Klachtencentrum", "Jansen, P."): the whole text, unquoted. */
function nameOnly(text: string): Party | null {
  const name = repairWindows1252(text)
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/\s+/g, ' ');
  return name === '' ? null : { name, address: '' };
}

/**
 * Reads `"Name <address>"` strings (one, or an array): a real address makes a party, a name
 * alone makes a party without an address, and an address that is no address (redacted:
 * `[GELAKT: 5.1.2e]@minszw.nl`) or a value that is not a string is unreadable and left out.
 */
export function partiesFromJson(value: unknown): JsonParties {
  if (value === undefined || value === null || value === '')
    return { parties: [], unreadable: false };
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  const parties: Party[] = [];
  let unreadable = false;
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      unreadable = true;
      continue;
    }
    if (!entry.includes('@')) {
      const party = nameOnly(entry);
      if (party !== null) parties.push(party);
      continue;
    }
    for (const parsed of addressParser(entry, { flatten: true })) {
      const party = partyOf(parsed.name, parsed.address ?? '');
      if (party === 'unreadable') unreadable = true;
      else parties.push(party);
    }
  }
  return { parties, unreadable };
}
