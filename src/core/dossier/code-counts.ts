/**
 * Counts of non-negative integer codes (character n-gram codes, word and word-pair ids), kept in
 * the order each code was first added: the order a `Map` would iterate them in, which decides
 * between terms of equal weight. An open-addressing table over typed arrays, so counting a
 * message's terms allocates nothing per term and hashes a number, not a string.
 */
export class CodeCounts {
  /** The codes in the order they were first added; the first `size` are in use. */
  codes: Int32Array;
  /** The count of each code, at the same position as in `codes`. */
  counts: Int32Array;
  size = 0;
  private slots: Int32Array;
  /** The slot of each code, at the same position as in `codes`, so clearing needs no probing. */
  private slotAt: Int32Array;
  private mask: number;

  constructor(expected = 64) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.codes = new Int32Array(capacity >> 1);
    this.counts = new Int32Array(capacity >> 1);
    this.slotAt = new Int32Array(capacity >> 1);
  }

  /** Forgets every code, keeping the memory for the next text. */
  clear(): void {
    for (let i = 0; i < this.size; i += 1) this.slots[this.slotAt[i] ?? 0] = -1;
    this.size = 0;
  }

  /** Adds `times` to the count of `code` (a non-negative 31-bit integer). */
  add(code: number, times: number): void {
    const slot = this.slotOf(code);
    const position = this.slots[slot] ?? -1;
    if (position >= 0) {
      this.counts[position] = (this.counts[position] ?? 0) + times;
      return;
    }
    if (this.size >= this.codes.length) {
      this.grow();
      this.add(code, times);
      return;
    }
    this.slots[slot] = this.size;
    this.slotAt[this.size] = slot;
    this.codes[this.size] = code;
    this.counts[this.size] = times;
    this.size += 1;
  }

  /** The position in `codes` of `code`, or -1 when it was not added. */
  positionOf(code: number): number {
    return this.slots[this.slotOf(code)] ?? -1;
  }

  /** The slot that holds `code`, or the empty slot where it would go (linear probing). */
  private slotOf(code: number): number {
    let slot = (Math.imul(code, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const position = this.slots[slot] ?? -1;
      if (position < 0 || this.codes[position] === code) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const codes = this.codes.subarray(0, this.size);
    const counts = this.counts.subarray(0, this.size);
    const capacity = this.slots.length * 2;
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    this.codes = new Int32Array(capacity >> 1);
    this.counts = new Int32Array(capacity >> 1);
    this.slotAt = new Int32Array(capacity >> 1);
    this.codes.set(codes);
    this.counts.set(counts);
    for (let i = 0; i < this.size; i += 1) {
      const slot = this.slotOf(this.codes[i] ?? 0);
      this.slots[slot] = i;
      this.slotAt[i] = slot;
    }
  }
}
