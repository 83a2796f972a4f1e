/**
 * The characters windows-1252 puts at bytes 0x80-0x9F, by byte. The five bytes it leaves
 * undefined keep their C1 code point, as the WHATWG Encoding Standard does.
 */
const C1_TO_WINDOWS_1252 = [
  '\u20ac',
  '\u0081',
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  '\u008d',
  '\u017d',
  '\u008f',
  '\u0090',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  '\u009d',
  '\u017e',
  '\u0178',
];

/**
 * Turns C1 control characters (U+0080-U+009F) back into the windows-1252 characters they came
 * from (€, ‘ ’ “ ” – — …). Node 20.18.3+ and 22.13+ decode `windows-1252`, `iso-8859-1` and
 * `latin1` as plain Latin-1 (nodejs/node#60888), so `=80` in a quoted-printable mail would come
 * out as U+0080 instead of €. Browsers decode correctly, where this is a no-op. Real text never
 * carries C1 controls, so the repair is safe on text from any charset.
 */
export function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1_TO_WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c);
}
