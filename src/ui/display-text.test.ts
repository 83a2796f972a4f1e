import { displayText } from './display-text';

describe('displayText', () => {
  it('shows a right-to-left override as a marker, so a file name reads in its real order', () => {
    expect(displayText('factuur\u202Efdp.exe')).toBe('factuur⟨U+202E⟩fdp.exe');
  });

  it('marks every bidi embedding, override, isolate and directional mark', () => {
    const controls = [
      0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f,
      0x061c,
    ];
    for (const code of controls) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      expect(displayText(`a${String.fromCodePoint(code)}b`)).toBe(`a⟨U+${hex}⟩b`);
    }
  });

  it('marks noncharacters, unassigned code points, stray controls and lone surrogates', () => {
    expect(displayText('x\uFFFEy')).toBe('x⟨U+FFFE⟩y');
    expect(displayText('x\uFDD0y')).toBe('x⟨U+FDD0⟩y');
    expect(displayText('x\u{10FFFF}y')).toBe('x⟨U+10FFFF⟩y');
    expect(displayText('x\u0378y')).toBe('x⟨U+0378⟩y');
    expect(displayText('bel\u0007me')).toBe('bel⟨U+0007⟩me');
    expect(displayText('x\u0085y')).toBe('x⟨U+0085⟩y');
    expect(displayText('x\uD800y')).toBe('x⟨U+D800⟩y');
  });

  it('leaves ordinary text alone: Dutch, Arabic, Hebrew, emoji, tabs and line breaks', () => {
    const ordinary = 'Besluit über café\tmet regels\r\nمرحبا שלום 👍🏽 家';
    expect(displayText(ordinary)).toBe(ordinary);
  });

  it('keeps the joiners that emoji and scripts need', () => {
    const family = '👩\u200D👩\u200D👧';
    expect(displayText(family)).toBe(family);
    expect(displayText('a\u200Cb')).toBe('a\u200Cb');
  });
});
