import { redactText, redactionProposals } from '../../core/woo-desk';
import { redactedPdf } from './redacted-pdf';
import { extractPdfText, findable } from './testing/pdf-text';

const heading = 'WOO-2025-0042 · document 100000000001';

describe('a redacted PDF', () => {
  it('does not contain a removed passage in any form, and shows the ground of each box', async () => {
    const filler =
      'De minister heeft het advies over de subsidieregeling ontvangen en besproken. '.repeat(6);
    const text = `Van: Pieter Jansen <pieter.jansen@example.nl>\n\n${filler}Bel Pieter Jansen op 06-12345678. Het ﬁnanciële overzicht volgt.`;
    const proposals = redactionProposals(
      text,
      [],
      [
        { text: 'Pieter Jansen', ground: '5.1.2e' },
        { text: 'pieter.jansen@example.nl', ground: '5.1.2e' },
        { text: '06-12345678', ground: '5.1.2e' },
        { text: 'ﬁnanciële overzicht', ground: '5.1.2b' },
      ],
    );
    const bytes = await redactedPdf(redactText(text, proposals), { heading });
    const extracted = await extractPdfText(bytes);
    for (const passage of [
      'Pieter Jansen',
      'pieter.jansen@example.nl',
      '06-12345678',
      '12345678',
      'financiële overzicht',
      'Jansen',
    ])
      expect(findable(extracted, passage)).toBe(false);
    expect(findable(extracted, '5.1.2e')).toBe(true);
    expect(findable(extracted, '5.1.2b')).toBe(true);
    expect(findable(extracted, 'subsidieregeling ontvangen')).toBe(true);
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Jansen');
  });

  it('writes long texts over pages and characters the font lacks as question marks', async () => {
    const text = `${'Een lange regel tekst over beleid. '.repeat(400)}Ω≈ 😀 einde`;
    const bytes = await redactedPdf([{ kind: 'text', text }], { heading });
    const extracted = await extractPdfText(bytes);
    expect(findable(extracted, 'einde')).toBe(true);
    expect(extracted.raw).toContain('?');
  });
});
