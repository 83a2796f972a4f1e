import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SHA-256 (FIPS 180-4) from `@noble/hashes`, a kept and audited library: incremental, so content
 * of any size is hashed piece by piece (WebCrypto's `digest` takes the whole buffer at once),
 * and pure ES, so the core and the browser bundle use the same function. The project's one
 * SHA-256: the record's hash, dedup keys too long for a column and file name suffixes.
 */
export class Sha256 {
  private readonly hash = sha256.create();
  private finished = false;

  /** Adds bytes to the hash. */
  update(bytes: Uint8Array): this {
    if (this.finished) throw new Error('invariant failed: sha256-already-finished');
    this.hash.update(bytes);
    return this;
  }

  /** The digest as lower-case hex; the hash takes no more bytes after this. */
  digestHex(): string {
    this.finished = true;
    return bytesToHex(this.hash.digest());
  }
}

/** Lower-case hex SHA-256 of bytes, or of text encoded as UTF-8. */
export function sha256Hex(data: Uint8Array | string): string {
  return new Sha256().update(typeof data === 'string' ? utf8ToBytes(data) : data).digestHex();
}
