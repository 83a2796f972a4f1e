import { findKenmerkMentions, looksLikeKenmerk, normaliseKenmerk } from './kenmerk';

describe('kenmerk', () => {
  it('normalises case and separators away', () => {
    expect(normaliseKenmerk('bzk-2025/0113')).toBe('BZK20250113');
    expect(normaliseKenmerk('Z 2025.004512')).toBe('Z2025004512');
  });

  it('takes only strings with a digit and five letters or digits as kenmerk', () => {
    expect(looksLikeKenmerk('BZK-2025-0113')).toBe(true);
    expect(looksLikeKenmerk('irenestraat-waspik')).toBe(false);
    expect(looksLikeKenmerk('A-12')).toBe(false);
  });

  it('finds kenmerken joined by separators, and with a letter prefix written apart', () => {
    const written = findKenmerkMentions(
      'Uw brief BZK 2025-0113 en zaak Z/2025/004512, zie ook 2025.',
    ).map((m) => m.written);
    expect(written).toEqual(
      expect.arrayContaining(['2025-0113', 'BZK 2025-0113', 'Z/2025/004512']),
    );
    expect(written).not.toContain('2025');
  });

  it('does not join a prefix that is separated by more than one space', () => {
    const normalised = findKenmerkMentions('BZK  2025-0113').map((m) => m.normalised);
    expect(normalised).toEqual(['20250113']);
  });

  it('finds in stretches around digits what the pattern finds in the whole text', () => {
    const pattern =
      /(?<![A-Za-z0-9])(?:([A-Za-z]{1,8}) )?((?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9]+(?:[-/._][A-Za-z0-9]+)*)/g;
    const alphabet = 'aZ09 .-/_,\né';
    let state = 11;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let round = 0; round < 500; round += 1) {
      const length = Math.floor(next() * 40);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(next() * alphabet.length)] ?? '',
      ).join('');
      const expected = [...text.matchAll(pattern)].flatMap(([, prefix, written]) => [
        ...(written !== undefined && looksLikeKenmerk(written) ? [written] : []),
        ...(prefix !== undefined && written !== undefined ? [`${prefix} ${written}`] : []),
      ]);
      expect(findKenmerkMentions(text).map((mention) => mention.written)).toEqual(expected);
    }
  });
});
