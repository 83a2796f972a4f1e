import { asDossierId } from '../ids';
import { aMessage } from '../testing/message-builder';
import { MAX_RENDITION_CHARS, recordRendition } from './record-rendition';

describe("a record's text rendition for search", () => {
  const message = aMessage({
    subject: 'Advies windpark',
    from: { name: 'Pieter Jansen', address: 'pieter@example.nl' },
    to: [{ address: 'sanne@example.nl' }],
    sent: new Date('2025-03-03T09:00:00Z'),
    bodyText: 'Het advies volgt.',
    attachments: [{ name: 'nota.pdf', size: 10 }],
  });

  it('holds the subject, parties, date, dossier, kind, category, body and attachment texts', () => {
    const text = recordRendition(
      message,
      { dossier: asDossierId('BZK-2025-0113'), wooCategory: 'c_3baef532', sourceKind: 'mail' },
      [{ name: 'nota.pdf', text: 'De nota zelf.' }],
    );
    expect(text).toContain('Onderwerp: Advies windpark');
    expect(text).toContain('Van: Pieter Jansen pieter@example.nl');
    expect(text).toContain('Datum: 2025-03-03');
    expect(text).toContain('Dossier: BZK-2025-0113');
    expect(text).toContain('Bronvast-soort: mail');
    expect(text).toContain('Bronvast-categorie: 3.3.2i');
    expect(text).toContain('Het advies volgt.');
    expect(text).toContain('Bijlage: nota.pdf\nDe nota zelf.');
  });

  it('is cut at its limit', () => {
    const long = aMessage({ bodyText: 'x'.repeat(MAX_RENDITION_CHARS + 10) });
    const text = recordRendition(long, {
      dossier: asDossierId('D'),
      wooCategory: null,
      sourceKind: 'mail',
    });
    expect(text).toHaveLength(MAX_RENDITION_CHARS);
  });
});
