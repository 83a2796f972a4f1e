import { decodeBase64, encodeBase64 } from './base64';
import { bloomHas, buildBloomFilter, parseBloomFilter, serialiseBloomFilter } from './bloom-filter';

describe('the Bloom filter the lexicon ships', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `woord${i}`);
  const filter = parseBloomFilter(serialiseBloomFilter(buildBloomFilter(words, 9.6)));

  it('answers yes for every word it was built from, after a round trip through text', () => {
    expect(words.every((word) => bloomHas(filter, word))).toBe(true);
  });

  it('answers yes for about one in a hundred words it never saw', () => {
    const unseen = Array.from({ length: 20000 }, (_, i) => `ander${i}`);
    const falsePositives = unseen.filter((word) => bloomHas(filter, word)).length;
    expect(falsePositives / unseen.length).toBeLessThan(0.02);
  });

  it('reads back the bytes its base64 wrote, for every length', () => {
    for (let length = 0; length < 10; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 13) % 256);
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
    }
  });
});
