import { asImmutableItemId } from '../core/ids';
import { planSentItemFilings, type SentItemSummary } from './sent-sweep';

const aSentItem = (
  id: string,
  customProperties: Record<string, string>,
  extra: Partial<SentItemSummary> = {},
): SentItemSummary => ({
  id: asImmutableItemId(`rest-${id}`),
  internetMessageId: `<${id}@bronvast.example>`,
  subject: `Onderwerp ${id}`,
  customProperties,
  ...extra,
});

describe('the sent-items sweep plan', () => {
  it('files sent mail whose custom property names a dossier, in that dossier', () => {
    const plan = planSentItemFilings(
      [aSentItem('a', { bronvastDossier: 'BZK-1' }), aSentItem('b', { ander: 'x' })],
      new Set(),
    );
    expect(plan).toEqual([
      { id: 'rest-a', sourceId: 'a@bronvast.example', subject: 'Onderwerp a', dossier: 'BZK-1' },
    ]);
  });

  it('trims the dossier and ignores an empty value', () => {
    const plan = planSentItemFilings(
      [aSentItem('a', { bronvastDossier: ' GEM-2 ' }), aSentItem('b', { bronvastDossier: '  ' })],
      new Set(),
    );
    expect(plan.map((filing) => filing.dossier)).toEqual(['GEM-2']);
  });

  it('skips what is filed already, by source id or by the filed category, and duplicates', () => {
    const header = { bronvastDossier: 'BZK-1' };
    const plan = planSentItemFilings(
      [
        aSentItem('a', header),
        aSentItem('b', header, { categories: ['Vastgelegd in Bronvast'] }),
        aSentItem('c', header),
        aSentItem('c', header),
      ],
      new Set(['a@bronvast.example']),
    );
    expect(plan.map((filing) => filing.sourceId)).toEqual(['c@bronvast.example']);
  });
});
