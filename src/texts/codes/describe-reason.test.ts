import type { Reason } from '../../core';
import { DISCLOSURE_REASON_CODES } from '../../core/disclosure';
import { DOSSIER_REASON_CODES } from '../../core/dossier/index';
import { RELEVANCE_REASON_CODES } from '../../core/relevance';
import { WOO_CATEGORY_REASON_CODES } from '../../core/woo/category-suggest';
import { describeReason } from './describe-reason';

/** Parameters of the kinds the core modules document, so every sentence can be filled in. */
const SAMPLE_PARAMS = {
  term: 'besluit',
  address: 'noreply@example.nl',
  name: 'Jaarverslag 2023.pdf',
  domain: 'provincie-gelderland.nl',
  bucket: 'long',
  count: 3,
  share: 60,
  kenmerk: 'LNV-2024-0311',
  correspondent: 'a.devries@provincie-gelderland.nl',
  filedBy: 'j.bakker@minlnv.nl',
  terms: 'stikstof, veluwe',
  similarity: 42,
  subject: 'Nota stikstofaanpak',
  type: 'bsn',
  ground: '5.1.1e',
  wording: 'mijn persoonlijke mening',
  category: '3.3.2d',
};

const ALL_CODES: readonly (readonly [string, readonly string[]])[] = [
  ['relevance', RELEVANCE_REASON_CODES],
  ['dossier', DOSSIER_REASON_CODES],
  ['woo category', WOO_CATEGORY_REASON_CODES],
  ['disclosure', DISCLOSURE_REASON_CODES],
];

const cases = ALL_CODES.flatMap(([module, codes]) =>
  codes.flatMap((code) => (['nl', 'en'] as const).map((lang) => [module, code, lang] as const)),
);

describe('describeReason', () => {
  it.each(cases)('has a %s sentence for %s in %s', (_module, code, lang) => {
    const text = describeReason({ code, weight: 0.5, params: SAMPLE_PARAMS }, lang);
    expect(text).not.toBe(code);
    expect(text).toMatch(/^[A-Z‘0-9].*[.)]$/u);
    expect(text).not.toContain('?');
    expect(text).not.toContain('undefined');
  });

  it('has no code in two modules, so no sentence shadows another', () => {
    const codes = ALL_CODES.flatMap(([, list]) => list);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('differs between Dutch and English', () => {
    const reason: Reason = { code: 'relevance.out-of-office', weight: -1 };
    expect(describeReason(reason, 'nl')).toBe('Tegen: Het bericht is een afwezigheidsmelding.');
    expect(describeReason(reason, 'en')).toBe('Against: The message is an out-of-office reply.');
  });

  it('says which way a word weighs', () => {
    const towards = { code: 'relevance.word', weight: 0.4, params: { term: 'besluit' } };
    const away = { code: 'relevance.word', weight: -0.4, params: { term: 'lunch' } };
    expect(describeReason(towards, 'nl')).toBe(
      'Voor: Het woord ‘besluit’ komt vaak voor in beleidsrelevante berichten.',
    );
    expect(describeReason(away, 'en')).toBe(
      'Against: The word ‘lunch’ is common in messages without policy value.',
    );
  });

  it('says for every relevance reason whether it speaks for or against relevance', () => {
    const attachment = { code: 'relevance.document-attachment', params: { name: 'nota.pdf' } };
    expect(describeReason({ ...attachment, weight: 0.8 }, 'nl')).toMatch(/^Voor: /);
    expect(describeReason({ ...attachment, weight: -0.2 }, 'nl')).toMatch(/^Tegen: /);
    expect(describeReason({ ...attachment, weight: -0.2 }, 'en')).toMatch(/^Against: /);
    const dossier = { code: 'kenmerk-in-subject', weight: 1, params: { kenmerk: 'X-1' } };
    expect(describeReason(dossier, 'nl')).not.toMatch(/^Voor: /);
  });

  it('names the personal data, its number and the ground in plain words', () => {
    const reason = {
      code: 'personal-data-found',
      weight: 0.4,
      params: { type: 'iban', count: 2, ground: '5.1.2e' },
    };
    expect(describeReason(reason, 'nl')).toBe(
      'Er staan 2 bankrekeningnummers in het bericht (grond 5.1.2e: eerbiediging van de persoonlijke levenssfeer).',
    );
    expect(
      describeReason({ ...reason, params: { type: 'bsn', count: 1, ground: '5.1.1e' } }, 'en'),
    ).toBe(
      'The message contains a citizen service number (BSN) (ground 5.1.1e: national identification numbers).',
    );
  });

  it('names the Woo category by its label and article', () => {
    const reason = {
      code: 'document-in-attachment',
      weight: 0.8,
      params: { category: '3.3.2d', name: 'Jaarverslag 2023.pdf' },
    };
    expect(describeReason(reason, 'nl')).toMatch(
      /^De bijlage Jaarverslag 2023\.pdf is een document van de categorie ‘.+’ \(art\. 3\.3 lid 2 onderdeel d Woo\)\.$/,
    );
  });

  it('counts filed messages in words a reader expects', () => {
    const once = { code: 'conversation-filed', weight: 0.7, params: { count: 1 } };
    const thrice = {
      code: 'correspondent-history',
      weight: 0.3,
      params: { correspondent: '@gelderland.nl', count: 3 },
    };
    expect(describeReason(once, 'nl')).toBe(
      'Een eerder bericht uit deze conversatie is in dit dossier vastgelegd.',
    );
    expect(describeReason(thrice, 'en')).toBe(
      'Mail with @gelderland.nl was filed in this dossier before (3 times).',
    );
  });

  it('shows an unknown code as the code itself, never blank', () => {
    expect(describeReason({ code: 'relevance.something-new', weight: 1 }, 'nl')).toBe(
      'relevance.something-new',
    );
    expect(describeReason({ code: 'constructor', weight: 1 }, 'en')).toBe('constructor');
  });
});
