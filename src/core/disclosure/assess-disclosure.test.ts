import { aMessage, aParty } from '../testing/message-builder';
import { checkGroundCombination } from '../woo/ground-combination';
import { DISCLOSURE_REASON_CODES, assessDisclosure } from './index';

const colleague = aParty('m.bos@gemeente.example', 'Mark Bos');
const internal = { from: aParty('anna.devries@gemeente.example'), to: [colleague], cc: [] };
const organisation = { organisationDomains: ['gemeente.example'] };

function codesOf(reasons: readonly { code: string }[]): string[] {
  return reasons.map((reason) => reason.code);
}

describe('assessDisclosure', () => {
  it('finds nothing in a plain factual message: openbaar', () => {
    const message = aMessage({
      ...internal,
      subject: 'Planning',
      bodyText: 'De vergadering is verplaatst naar donderdag.',
    });
    const assessment = assessDisclosure(message, organisation);
    expect(assessment).toMatchObject({ level: 'openbaar', grounds: [], findings: [] });
    expect(codesOf(assessment.reasons)).toEqual(['nothing-found']);
  });

  it('points personal policy opinions in internal deliberation to 5.2: deels openbaar', () => {
    const message = aMessage({
      ...internal,
      subject: 'Reactie op concept',
      bodyText: 'Mijns inziens moeten we de regeling uitstellen tot na de zomer.',
    });
    const assessment = assessDisclosure(message, organisation);
    expect(assessment.level).toBe('deels-openbaar');
    expect(assessment.grounds).toEqual(['5.2']);
    expect(assessment.reasons[0]).toMatchObject({
      code: 'personal-policy-opinion',
      params: { wording: 'mijns inziens' },
    });
  });

  it('does not apply 5.2 when a party is external', () => {
    const message = aMessage({
      ...internal,
      cc: [aParty('info@adviesbureau.example')],
      bodyText: 'Naar mijn mening moeten we de regeling uitstellen.',
    });
    expect(assessDisclosure(message, organisation).grounds).not.toContain('5.2');
  });

  it('takes the sender domain as the organisation when no domains are given', () => {
    const message = aMessage({
      ...internal,
      bodyText: 'Ik adviseer om het besluit aan te houden.',
    });
    expect(assessDisclosure(message).grounds).toEqual(['5.2']);
  });

  it('takes confidential business data as 5.1.1c for the whole message: niet openbaar', () => {
    const message = aMessage({
      from: aParty('sales@leverancier.example'),
      subject: 'Vertrouwelijk: offerte onderhoud',
      bodyText: 'Hierbij onze tarieven voor 2026, vertrouwelijk verstrekt.',
    });
    const assessment = assessDisclosure(message, organisation);
    expect(assessment.level).toBe('niet-openbaar');
    expect(assessment.grounds).toEqual(['5.1.1c']);
    expect(codesOf(assessment.reasons)).not.toContain('functioning-of-state');
  });

  it('recognises the economic interests of the State, the functioning of the State and supervision', () => {
    const message = aMessage({
      subject: 'Stand onderhandeling grondaankoop',
      bodyText:
        'Dit blijft vertrouwelijk bestuurlijk overleg met de provincie. De inspectie komt volgende week voor een controlebezoek.',
    });
    const assessment = assessDisclosure(message, organisation);
    expect(assessment.grounds).toEqual(['5.1.2b', '5.1.2d', '5.1.2i']);
    expect(assessment.level).toBe('deels-openbaar');
  });

  it('proposes no ground for a marking alone: vertrouwelijk, geheim, embargo', () => {
    for (const bodyText of [
      'Vertrouwelijk: de planning van de werkgroep.',
      'Geheim! Het draaiboek voor de opening.',
      'Onder embargo tot dinsdag: de agenda van het overleg.',
      'Niet voor verdere verspreiding. De vergadering is donderdag.',
    ]) {
      const assessment = assessDisclosure(aMessage({ ...internal, bodyText }), organisation);
      expect(assessment.grounds).toEqual([]);
      expect(codesOf(assessment.reasons)).not.toContain('functioning-of-state');
    }
  });

  it('refuses 5.1.5 next to a lid 1 or 2 ground only for one and the same passage', () => {
    expect(checkGroundCombination(['5.1.2e', '5.1.5'])).toMatchObject({
      kind: 'residual-ground-combined',
    });
  });

  it('points personal data to its grounds with positions into the body', () => {
    const bodyText = 'Het BSN van de aanvrager is 111222333, bereikbaar op 06-12345678.';
    const assessment = assessDisclosure(aMessage({ ...internal, bodyText }), organisation);
    const bsn = assessment.findings.find((finding) => finding.type === 'bsn');
    expect(bsn && bodyText.slice(bsn.start, bsn.end)).toBe('111222333');
    expect(assessment.grounds).toEqual(expect.arrayContaining(['5.1.1e']));
    expect(assessment.reasons).toContainEqual(
      expect.objectContaining({
        code: 'personal-data-found',
        params: { type: 'bsn', count: 1, ground: '5.1.1e' },
      }),
    );
    expect(assessment.level).toBe('deels-openbaar');
  });

  it('marks a short message about the health of a named person niet openbaar under 5.1.1d', () => {
    const bodyText =
      'Beste Mark,\n\nMevrouw Jansen is overspannen en zij is sinds maandag ziek thuis.\n\nGroet,\nAnna';
    const assessment = assessDisclosure(aMessage({ ...internal, bodyText }), organisation);
    const types = assessment.findings.map((finding) => finding.type);
    expect(types).toEqual(expect.arrayContaining(['special-category', 'person-name']));
    expect(assessment.level).toBe('niet-openbaar');
    expect(assessment.grounds).toContain('5.1.1d');
    expect(codesOf(assessment.reasons)).toContain('special-category-about-person');
  });

  it('says reeds openbaar when the text shows the document is published', () => {
    const message = aMessage({
      ...internal,
      subject: 'Besluit gepubliceerd',
      bodyText:
        'Het besluit staat op https://zoek.officielebekendmakingen.nl/stcrt-2025-1234.html, groet Mark Bos.',
    });
    const assessment = assessDisclosure(message, organisation);
    expect(assessment.level).toBe('reeds-openbaar');
    expect(assessment.grounds).toEqual([]);
    expect(assessment.reasons[0]?.code).toBe('already-published');
  });

  it('does not call a published reference reeds openbaar when an opinion is added to it', () => {
    const message = aMessage({
      ...internal,
      bodyText: 'Het besluit is gepubliceerd in de Staatscourant. Ik vind de toelichting te mager.',
    });
    expect(assessDisclosure(message, organisation)).toMatchObject({
      level: 'deels-openbaar',
      grounds: ['5.2'],
    });
  });

  it('uses only reason codes it declares', () => {
    const message = aMessage({
      ...internal,
      subject: 'Vertrouwelijk',
      bodyText:
        'Mijn voorstel: aanbesteding uitstellen. Bel 06-12345678. Zie rijksoverheid.nl/documenten/x.',
    });
    for (const reason of assessDisclosure(message, organisation).reasons) {
      expect(DISCLOSURE_REASON_CODES).toContain(reason.code);
    }
  });
});
