import { recodeEightBitHeaders } from './header-bytes';
import { parseEml } from './parse-eml';

/** Bytes of a mail whose header block is written in windows-1252 without encoded words. */
function windows1252Mail(): Uint8Array {
  const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
  return new Uint8Array([
    ...ascii('From: Ren'),
    0xe9, // é
    ...ascii(' M'),
    0xfc, // ü
    ...ascii('ller <rene@example.nl>\r\nTo: a@example.nl\r\nSubject: Overleg over '),
    0xe9,
    0xe9,
    ...ascii('n punt '),
    0x80, // €
    ...ascii(' 5\r\nMessage-ID: <w1252@example.nl>\r\n\r\nTekst van de mail.\r\n'),
  ]);
}

describe('raw 8-bit header bytes', () => {
  it('are read as windows-1252 in the subject and the sender, not as U+FFFD', async () => {
    const result = await parseEml(windows1252Mail());
    if (!result.ok) throw new Error(result.error);
    expect(result.message.subject).toBe('Overleg over één punt € 5');
    expect(result.message.from).toEqual({ name: 'René Müller', address: 'rene@example.nl' });
    expect(result.message.bodyText).toContain('Tekst van de mail.');
  });

  it('leave UTF-8 and ASCII header blocks byte for byte', () => {
    const utf8 = new TextEncoder().encode('Subject: één punt\r\n\r\nbody é\r\n');
    expect(recodeEightBitHeaders(utf8)).toBe(utf8);
    const ascii = new TextEncoder().encode('Subject: punt\r\n\r\nbody\r\n');
    expect(recodeEightBitHeaders(ascii)).toBe(ascii);
  });

  it('recode only the header block, not the body', () => {
    const mail = new Uint8Array([...new TextEncoder().encode('Subject: '), 0xe9, 0x0a, 0x0a, 0xe9]);
    const recoded = recodeEightBitHeaders(mail);
    expect([...recoded.subarray(recoded.length - 3)]).toEqual([0x0a, 0x0a, 0xe9]);
    expect(new TextDecoder().decode(recoded.subarray(0, recoded.length - 3))).toBe('Subject: é');
  });
});
