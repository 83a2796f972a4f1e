import { createHash } from 'node:crypto';
import { Sha256, sha256Hex } from './sha256-hash';

const nodeSha = (bytes: Uint8Array | string): string =>
  createHash('sha256').update(bytes).digest('hex');

describe('Sha256', () => {
  // NIST's examples for SHA-256 (FIPS 180-4; CSRC "Example Values" and the NESSIE long message).
  it('matches the NIST test vectors: empty, "abc" and the 448-bit message', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('matches the NIST vector for one million times "a", hashed in pieces', () => {
    const hash = new Sha256();
    const piece = new Uint8Array(1000).fill(0x61);
    for (let i = 0; i < 1000; i++) hash.update(piece);
    expect(hash.digestHex()).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes text as UTF-8 before hashing', () => {
    expect(sha256Hex('één € 😀')).toBe(nodeSha('één € 😀'));
  });

  it('gives the same hash however the bytes are split into updates', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7 + 3) & 255);
    for (const step of [1, 55, 56, 63, 64, 65, 1000, 5000]) {
      const hash = new Sha256();
      for (let offset = 0; offset < bytes.length; offset += step) {
        hash.update(bytes.subarray(offset, offset + step));
      }
      expect(hash.digestHex()).toBe(nodeSha(bytes));
    }
  });

  it('refuses updates after the digest', () => {
    const hash = new Sha256();
    hash.digestHex();
    expect(() => hash.update(new Uint8Array(1))).toThrow('sha256-already-finished');
  });
});
