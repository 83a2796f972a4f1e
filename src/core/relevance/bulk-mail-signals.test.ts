import { bulkMailSignals } from './bulk-mail-signals';
import { BESLISNOTA_MAIL, aMessage } from './test-message';
import { foldText } from './tokenize';
import type { Message } from '../message';

const keysOf = (message: Message): string[] =>
  bulkMailSignals(message, foldText(message.bodyText)).map((feature) => feature.key);

const links = (count: number): string =>
  Array.from({ length: count }, (_, index) => `https://shop.example.com/p/${index}`).join('\n');

describe('bulkMailSignals', () => {
  it('finds nothing in a ministry mail about a beslisnota', () => {
    expect(keysOf(BESLISNOTA_MAIL)).toEqual([]);
  });

  it('weighs up to three distinct advertising phrases, Dutch or English', () => {
    const one = aMessage({ bodyText: 'Click here to claim your prize.' });
    const three = aMessage({
      bodyText: 'Click here! Act now, this is a limited time offer. To be removed from our list...',
    });
    const dutch = aMessage({ bodyText: 'Klik hier voor onze tijdelijke aanbieding.' });
    const valueOf = (message: Message): number | undefined =>
      bulkMailSignals(message, foldText(message.bodyText)).find((f) => f.key === 'marketing-cue')
        ?.value;
    expect(valueOf(one)).toBeCloseTo(1 / 3);
    expect(valueOf(three)).toBe(1);
    expect(valueOf(dutch)).toBeCloseTo(2 / 3);
  });

  it('counts many links as bulk mail, a signature link or two not', () => {
    const signature = aMessage({ bodyText: `Groet,\nEvert\n${links(2)}` });
    expect(keysOf(signature)).not.toContain('link-density');
    expect(keysOf(aMessage({ bodyText: links(8) }))).toContain('link-density');
  });

  it('recognises a tracking code or padding after the subject', () => {
    for (const subject of [
      'Be Debt Free by 2003!                      8119',
      'Re: We Pay your bills :o) [k9lej]',
      'The only medically proven way to lose weight... DHF84Z8F',
    ]) {
      expect(keysOf(aMessage({ subject }))).toContain('subject-code');
    }
    for (const subject of ['Zaak Z-2023-001234: advies', 'Kamerbrief [concept] v2', 'Overleg']) {
      expect(keysOf(aMessage({ subject }))).not.toContain('subject-code');
    }
  });

  it('recognises a subject in capitals, not one with an abbreviation', () => {
    expect(keysOf(aMessage({ subject: 'URGENT BUSINESS ASSISTANCE' }))).toContain(
      'subject-shouting',
    );
    expect(keysOf(aMessage({ subject: 'Advies RvS over de Woo-wijziging' }))).not.toContain(
      'subject-shouting',
    );
  });

  it('recognises undisclosed recipients', () => {
    const hidden = aMessage({ to: [{ name: 'undisclosed-recipients', address: '' }] });
    expect(keysOf(hidden)).toContain('hidden-recipients');
  });
});
