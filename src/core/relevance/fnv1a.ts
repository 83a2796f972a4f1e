/**
 * 32-bit FNV-1a over the UTF-16 code units of a string. Fast, dependency-free and stable across
 * runtimes, which is all feature hashing and the corpus split need; not a cryptographic hash.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
