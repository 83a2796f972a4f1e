import PostalMime from 'postal-mime';
import { composeMime } from './compose-mime';
import type { MimeMessage } from './mime-message';
import { topLevelHeaders } from './top-level-headers';

const aMessage = (overrides: Partial<MimeMessage> = {}): MimeMessage => ({
  from: { name: 'Sanne de Vries', address: 'beleid@bronvast.example' },
  to: [{ name: 'Marloes Bakker', address: 'informatiebeheer@bronvast.example' }],
  cc: [],
  subject: 'Nota',
  date: new Date('2026-03-02T09:00:00Z'),
  messageId: '<nota.1@bronvast.example>',
  headers: [['X-Bronvast-Dossier', 'BZK-2025-0113']],
  text: 'Beste Marloes,\n\nZie bijlage.',
  attachments: [],
  ...overrides,
});

const headerBlock = (mime: string): string => mime.slice(0, mime.indexOf('\r\n\r\n'));

describe('composing MIME', () => {
  const subject = (
    'Besluit over de fasering van de implementatie van actieve openbaarmaking Woo — ' +
    'reactie van de directie Informatiehuishouding op het conceptadvies met één opmerking over ' +
    'de planning voor 2026 en de begroting'
  ).slice(0, 189);

  it('folds a 189-character subject into encoded-words of at most 75 characters', async () => {
    expect(subject).toHaveLength(189);
    const mime = await composeMime(aMessage({ subject }));
    const lines = headerBlock(mime).split('\r\n');
    expect(lines.every((line) => line.length <= 78)).toBe(true);
    const start = lines.findIndex((line) => line.startsWith('Subject:'));
    const folded = [lines[start] ?? ''];
    for (const line of lines.slice(start + 1)) {
      if (!/^[ \t]/.test(line)) break;
      folded.push(line);
    }
    expect(folded.length).toBeGreaterThan(2);
    const words = folded.join('\r\n').match(/=\?[^?]+\?[BQ]\?[^?]*\?=/gi) ?? [];
    expect(words.length).toBeGreaterThan(2);
    expect(words.every((word) => word.length <= 75)).toBe(true);
    const parsed = await PostalMime.parse(mime);
    expect(parsed.subject).toBe(subject);
  });

  it('writes CRLF lines, the parties, the custom headers and the same bytes for the same input', async () => {
    const message = aMessage({
      html: '<p>Beste Marloes,</p>',
      attachments: [
        {
          name: 'advies één.pdf',
          contentType: 'application/pdf',
          content: Buffer.from([0, 1, 250]),
        },
      ],
    });
    const mime = await composeMime(message);
    expect(mime.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(await composeMime(message)).toBe(mime);
    const headers = topLevelHeaders(mime);
    expect(headers).toEqual(
      expect.arrayContaining([
        { name: 'Message-ID', value: '<nota.1@bronvast.example>' },
        { name: 'X-Bronvast-Dossier', value: 'BZK-2025-0113' },
        { name: 'Content-Language', value: 'nl-NL' },
      ]),
    );
    const parsed = await PostalMime.parse(mime);
    expect(parsed.from).toEqual({ name: 'Sanne de Vries', address: 'beleid@bronvast.example' });
    expect(parsed.text?.trim()).toBe('Beste Marloes,\n\nZie bijlage.');
    expect(parsed.html).toContain('<p>Beste Marloes,</p>');
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]?.filename).toBe('advies één.pdf');
    expect(Buffer.from(parsed.attachments[0]?.content as ArrayBuffer)).toEqual(
      Buffer.from([0, 1, 250]),
    );
  });

  it('keeps a meeting response as a text/calendar alternative, not an attachment', async () => {
    const mime = await composeMime(
      aMessage({ calendar: { method: 'REPLY', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' } }),
    );
    expect(mime).toMatch(/Content-Type: text\/calendar; method=REPLY/i);
    expect(mime).not.toMatch(/Content-Disposition: attachment|invite\.ics/i);
  });

  it('cannot be made to write a header of its own through a display name or the subject', async () => {
    const mime = await composeMime(
      aMessage({
        subject: 'Hallo\r\nBcc: spion@evil.example',
        to: [{ name: 'A\r\nBcc: spion@evil.example', address: 'a@b.example' }],
      }),
    );
    expect(topLevelHeaders(mime).map((header) => header.name)).not.toContain('Bcc');
  });
});
