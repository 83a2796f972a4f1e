import { asSourceId } from '../ids';
import {
  chatSourceFileName,
  cleanPart,
  MAX_SHAREPOINT_PATH,
  recordFileName,
} from './record-file-name';
import { aMessage, aMessageWithout } from './test-message';

describe('recordFileName', () => {
  it('names a mail by date, sender and subject, ending in a piece of the dedup hash', () => {
    expect(recordFileName(aMessage())).toMatch(
      /^2024-03-05 1532 - Jan Jansen - Advies subsidieregeling - [0-9a-f]{8}\.eml$/,
    );
  });

  it('dates the name in the Netherlands, as the inventory dates the record', () => {
    const late = aMessage({ sent: new Date('2024-03-14T23:30:00Z') });
    expect(recordFileName(late)).toMatch(/^2024-03-15 0030 - /);
    const summer = aMessage({ sent: new Date('2024-07-05T21:59:00Z') });
    expect(recordFileName(summer)).toMatch(/^2024-07-05 2359 - /);
  });

  it('is deterministic, so a retry targets the same name', () => {
    expect(recordFileName(aMessage())).toBe(recordFileName(aMessage({ bodyText: 'changed' })));
  });

  it('gives two mails with the same date, sender and subject different names', () => {
    const other = aMessage({ id: asSourceId('<other@mail.example.nl>') });
    expect(recordFileName(aMessage())).not.toBe(recordFileName(other));
  });

  it('replaces the characters SharePoint forbids', () => {
    const name = recordFileName(aMessage({ subject: 'RE: "a" * b <c> ? d/e\\f | g' }));
    expect(name).not.toMatch(/["*:<>?/\\|]/);
    expect(name).toContain('RE_ _a_ _ b _c_ _ d_e_f _ g');
  });

  it('drops bidirectional controls and other invisible characters from subject and sender', () => {
    const name = recordFileName(
      aMessage({
        subject:
          'RTL \u202Eexe.fdp besluit\u200B \u2066BZK\u2069 \u200E\u200F\u202A\u202B\u202C\u202D\u061C\uFEFF',
        from: { name: 'Jan\u202E Jansen\u200F', address: 'jan@example.nl' },
      }),
    );
    expect(name).toMatch(
      /^2024-03-05 1532 - Jan Jansen - RTL exe\.fdp besluit BZK - [0-9a-f]{8}\.eml$/,
    );
    expect(name).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it('replaces unpaired surrogates and noncharacters, keeping names SharePoint can store', () => {
    expect(cleanPart('a\uD800b \uFFFE\uFFFF c\u0007d', 50)).toBe('a_b __ c_d');
    expect(cleanPart('\u202E', 50)).toBe('');
  });

  it('trims leading and trailing dots and spaces and avoids reserved names', () => {
    expect(cleanPart('  ..Notulen...  ', 50)).toBe('Notulen');
    expect(cleanPart('CON', 50)).toBe('_CON');
    expect(cleanPart('~$tijdelijk', 50)).toBe('_tijdelijk');
    expect(cleanPart('a _vti_ b', 50)).toBe('a _vti- b');
  });

  it('keeps the whole path within 400 characters for a very long subject', () => {
    const folderPath = `Dossiers/${'x'.repeat(150)}`;
    const name = recordFileName(aMessage({ subject: 'Lang '.repeat(200) }), { folderPath });
    expect(`/sites/informatiebeheer/Records/${folderPath}/${name}`.length).toBeLessThanOrEqual(
      MAX_SHAREPOINT_PATH,
    );
    expect(name.endsWith('.eml')).toBe(true);
  });

  it('falls back for a missing subject, sender and date', () => {
    const bare = aMessageWithout(['from', 'sent', 'received'], { subject: ' ... ' });
    expect(recordFileName(bare)).toMatch(/^0000-00-00 0000 - onbekend - geen onderwerp - /);
  });

  it('names a chat record .html with its JSON source beside it', () => {
    const html = recordFileName(aMessage({ kind: 'chat' }));
    expect(html.endsWith('.html')).toBe(true);
    expect(chatSourceFileName(html)).toBe(html.replace(/\.html$/, '.json'));
  });

  it('gives a second content under one source id another name', () => {
    const message = aMessage();
    const first = recordFileName(message);
    const second = recordFileName(message, { variantOf: 'c0ffee12'.repeat(8) });
    expect(second).not.toBe(first);
    expect(second).toMatch(/-c0ffee12\.eml$/);
    expect(second.slice(0, first.length - 4)).toBe(first.slice(0, -4));
  });
});
