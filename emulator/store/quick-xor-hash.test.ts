import { createQuickXorHash } from './quick-xor-hash';

// Published test vectors (input and hash in base64) used by OneDrive clients.
const VECTORS: readonly (readonly [string, string])[] = [
  ['', 'AAAAAAAAAAAAAAAAAAAAAAAAAAA='],
  ['Sg==', 'SgAAAAAAAAAAAAAAAQAAAAAAAAA='],
  ['DWAAX5/CIfrmErgZa8ot6ZraeSbu', 'LR2Z0PjuRYGKQB/mhQAuMrAGZbQ='],
  [
    'jyibxJSzO6ZiZ0O1qe3tG/bvIAYssvukh9suIT5wEy1JBINVgPiqdsTW0cOpP0aUfP7mgqLfADkzI/m/GgCuVhr8oFLrOCoTx1/psBOWwhltCbhUx51Icm9aH8tY4Z3ccU+6BKpYQkLCy0B/A9Zc',
    'hZfLIilSITC6N3e3tQ/iSgEzkto=',
  ],
];

describe('QuickXorHash', () => {
  it.each(VECTORS)('hashes %s as the reference does, in any chunking', (input, expected) => {
    const bytes = Buffer.from(input, 'base64');
    for (const size of [1, 7, 64, 1000]) {
      const hash = createQuickXorHash();
      for (let at = 0; at < bytes.length; at += size) hash.update(bytes.subarray(at, at + size));
      expect(hash.digest()).toBe(expected);
    }
  });
});
