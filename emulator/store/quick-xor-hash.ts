/**
 * QuickXorHash, the hash SharePoint and OneDrive for Business report in `file.hashes`:
 * each byte is XORed into a 160-bit circular register at bit offset (11 * index) mod 160, and
 * the length (64-bit little endian) is XORed into the last 8 bytes at the end.
 */
export interface QuickXorHash {
  update(chunk: Uint8Array): void;
  /** The hash in base64, as Graph reports it. */
  digest(): string;
}

const WIDTH_BYTES = 20;
const WIDTH_BITS = 160;
const SHIFT = 11;

/** Starts a hash. */
export function createQuickXorHash(): QuickXorHash {
  const register = new Uint8Array(WIDTH_BYTES);
  let length = 0;
  return {
    update(chunk) {
      for (let i = 0; i < chunk.length; i += 1) {
        const bit = ((length + i) * SHIFT) % WIDTH_BITS;
        const spread = (chunk[i] ?? 0) << (bit & 7);
        const index = bit >> 3;
        register[index] = (register[index] ?? 0) ^ (spread & 0xff);
        const next = (index + 1) % WIDTH_BYTES;
        register[next] = (register[next] ?? 0) ^ (spread >> 8);
      }
      length += chunk.length;
    },
    digest() {
      const result = Uint8Array.from(register);
      let remaining = BigInt(length);
      for (let i = 0; i < 8; i += 1) {
        const at = WIDTH_BYTES - 8 + i;
        result[at] = (result[at] ?? 0) ^ Number(remaining & 0xffn);
        remaining >>= 8n;
      }
      return Buffer.from(result).toString('base64');
    },
  };
}
