import { sha256Hex } from '../core/records';

const SPAN = 900_000_000_000;
const FLOOR = 100_000_000_000;

/**
 * A 12-digit number derived from a key by SHA-256: the same key gives the same number in every
 * export. Numbers, because the inventory's ID, Family and Email Thread ID are numeric kenmerken
 * on the Woo platform (its template says so).
 */
export function stableNumber(key: string): number {
  const head = Number.parseInt(sha256Hex(key).slice(0, 12), 16);
  return FLOOR + (head % SPAN);
}

/**
 * Hands out unique stable numbers within one export. Two keys that hash alike (about once in
 * 10^8 exports of 10,000 records) are told apart deterministically: the later key in the
 * export's order is rehashed with a counter.
 */
export class StableIds {
  private readonly taken = new Map<number, string>();

  /** The number for a key; the same key always gets the same number. */
  idFor(key: string): number {
    for (let attempt = 0; ; attempt += 1) {
      const id = stableNumber(attempt === 0 ? key : `${key}#${attempt}`);
      const owner = this.taken.get(id);
      if (owner === undefined) {
        this.taken.set(id, key);
        return id;
      }
      if (owner === key) return id;
    }
  }
}
