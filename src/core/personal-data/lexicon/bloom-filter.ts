/**
 * A Bloom filter over words: a set that answers "maybe here" or "surely not here" in a few
 * hundred bits per thousand words. Built at build time (scripts/name-lexicon/build.ts), shipped
 * as base64 text, read here. A word never added is reported present with the small false
 * positive rate chosen at build time; a word added is always reported present.
 */
import { decodeBase64, encodeBase64 } from './base64';

/** A filter ready for lookups. */
export interface BloomFilter {
  readonly bits: Uint8Array;
  readonly hashCount: number;
}

/** Two independent 32-bit hashes of a word (FNV-1a and a multiplicative one), in one pass. */
function hashPair(word: string): [number, number] {
  let first = 0x811c9dc5;
  let second = 0x9e3779b9;
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return [first >>> 0, (second >>> 0) | 1];
}

/** Whether `word` may have been added (false: it surely was not). */
export function bloomHas(filter: BloomFilter, word: string): boolean {
  const size = filter.bits.length * 8;
  const [first, second] = hashPair(word);
  for (let i = 0; i < filter.hashCount; i += 1) {
    const bit = (first + Math.imul(i, second)) >>> 0;
    const at = bit % size;
    if (((filter.bits[at >>> 3] ?? 0) & (1 << (at & 7))) === 0) return false;
  }
  return true;
}

/**
 * Builds a filter for `words` with about `bitsPerWord` bits each; the best number of hashes
 * for that size is used (about 0.69 times the bits per word).
 */
export function buildBloomFilter(words: Iterable<string>, bitsPerWord: number): BloomFilter {
  const list = [...new Set(words)];
  const bytes = Math.max(8, Math.ceil((list.length * bitsPerWord) / 8));
  const filter = {
    bits: new Uint8Array(bytes),
    hashCount: Math.max(1, Math.round(bitsPerWord * Math.LN2)),
  };
  const size = bytes * 8;
  for (const word of list) {
    const [first, second] = hashPair(word);
    for (let i = 0; i < filter.hashCount; i += 1) {
      const at = ((first + Math.imul(i, second)) >>> 0) % size;
      filter.bits[at >>> 3] = (filter.bits[at >>> 3] ?? 0) | (1 << (at & 7));
    }
  }
  return filter;
}

/** The filter as text: the hash count, a colon, the bits in base64. */
export function serialiseBloomFilter(filter: BloomFilter): string {
  return `${filter.hashCount}:${encodeBase64(filter.bits)}`;
}

/** Reads the text of {@link serialiseBloomFilter}. */
export function parseBloomFilter(text: string): BloomFilter {
  const colon = text.indexOf(':');
  return { hashCount: Number(text.slice(0, colon)), bits: decodeBase64(text.slice(colon + 1)) };
}
