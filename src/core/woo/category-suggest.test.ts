import { aMessage } from '../testing/message-builder';
import type { Attachment } from '../message';
import { WOO_CATEGORY_REASON_CODES, suggestWooCategory } from './category-suggest';
import { wooCategory } from './categories';

const pdf = (name: string): Attachment => ({ name, size: 120_000, contentType: 'application/pdf' });

describe('suggestWooCategory', () => {
  it.each([
    ['Advies Raad voor het Openbaar Bestuur.pdf', '3.3.2e'],
    ['Convenant aanpak laaggeletterdheid 2025.pdf', '3.3.2f'],
    ['Jaarverslag 2024 Omgevingsdienst.pdf', '3.3.2g'],
    ['Besluit op Woo-verzoek 2025-0412.pdf', '3.3.2i'],
    ['Eindrapport evaluatie Participatiewet.pdf', '3.3.2j'],
    ['Beschikking omgevingsvergunning Kerkstraat 4.pdf', '3.3.2k'],
    ['Klachtoordeel dossier 7781.pdf', '3.3.2l'],
    ['Besluitenlijst collegevergadering 12 maart.pdf', '3.3.2d'],
    ['Kamerbrief voortgang woningbouw.pdf', '3.3.2b'],
    ['Raadsinformatiebrief locaties Erotisch Centrum.pdf', '3.3.2c'],
    ['Lijst ingekomen stukken raad mei.pdf', '3.3.2a'],
    ['Verordening afvalstoffenheffing 2026.pdf', '3.3.1a'],
    ['Beleidsregels handhaving kamerverhuur.pdf', '3.3.1b'],
    ['Adviesaanvraag ontwerpverordening winkeltijden.pdf', '3.3.1c'],
    ['Organogram directie Wonen.pdf', '3.3.1d'],
    ['Bereikbaarheidsgegevens gemeente.pdf', '3.3.1e'],
    ['Subsidieovereenkomst Stichting Buurtwerk.pdf', '3.3.2h'],
  ])('takes %s as category %s, with its TOOI id', (name, code) => {
    const suggestion = suggestWooCategory(
      aMessage({ subject: 'Ter informatie', attachments: [pdf(name)] }),
    );
    expect(suggestion?.code).toBe(code);
    expect(suggestion?.tooiId).toBe(wooCategory(suggestion?.code ?? '3.1').tooiId);
    expect(suggestion?.reasons[0]).toMatchObject({
      code: 'document-in-attachment',
      params: { category: code, name },
    });
  });

  it('reads the subject when no attachment says anything', () => {
    const suggestion = suggestWooCategory(
      aMessage({ subject: 'Jaarplan 2026 afdeling Handhaving' }),
    );
    expect(suggestion).toMatchObject({
      code: '3.3.2g',
      reasons: [{ code: 'document-in-subject' }],
    });
  });

  it('reads clear body wording: an enclosed document, a Woo request', () => {
    const enclosed = aMessage({
      subject: 'Stukken',
      bodyText: 'Goedemiddag,\nBijgaand ontvangt u het convenant zoals ondertekend.',
    });
    expect(suggestWooCategory(enclosed)?.code).toBe('3.3.2f');
    const request = aMessage({
      subject: 'Verzoek informatie',
      bodyText:
        'Op grond van de Wet open overheid dien ik een verzoek in om alle stukken over de N261.',
    });
    expect(suggestWooCategory(request)).toMatchObject({
      code: '3.3.2i',
      reasons: [{ code: 'document-in-body' }],
    });
  });

  it('does not take a request for advice as an advice', () => {
    const message = aMessage({
      subject: 'Verzoek om advies over de planning',
      bodyText: 'Graag uw advies voor vrijdag.',
    });
    expect(suggestWooCategory(message)).toBeNull();
  });

  it('returns null for ordinary mail', () => {
    const message = aMessage({
      subject: 'Overleg dinsdag',
      bodyText: 'Zullen we dinsdag om tien uur afspreken?',
    });
    expect(suggestWooCategory(message)).toBeNull();
  });

  it('scores a document named in several places higher than in one, within 0..1', () => {
    const once = suggestWooCategory(aMessage({ subject: 'Jaarverslag 2024' }));
    const twice = suggestWooCategory(
      aMessage({ subject: 'Jaarverslag 2024', attachments: [pdf('jaarverslag-2024.pdf')] }),
    );
    expect(twice?.score ?? 0).toBeGreaterThan(once?.score ?? 1);
    expect(twice?.score).toBeLessThanOrEqual(1);
    for (const reason of twice?.reasons ?? [])
      expect(WOO_CATEGORY_REASON_CODES).toContain(reason.code);
  });

  it('prefers the more specific category on a tie', () => {
    const message = aMessage({ attachments: [pdf('Beschikking op klacht, klachtoordeel.pdf')] });
    expect(suggestWooCategory(message)?.code).toBe('3.3.2l');
  });
});
