import { asRestItemId } from '../core/ids';
import { planSentItemFilings, type SentItemSummary } from './sent-sweep';

const aSentItem = (
  id: string,
  headers: Record<string, string>,
  extra: Partial<SentItemSummary> = {},
): SentItemSummary => ({
  id: asRestItemId(`rest-${id}`),
  internetMessageId: `<${id}@bronvast.example>`,
  subject: `Onderwerp ${id}`,
  headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
  ...extra,
});

describe('the sent-items sweep plan', () => {
  it('files sent mail carrying the dossier header, with the header’s dossier', () => {
    const plan = planSentItemFilings(
      [aSentItem('a', { 'X-Bronvast-Dossier': 'BZK-1' }), aSentItem('b', {})],
      new Set(),
    );
    expect(plan).toEqual([
      { id: 'rest-a', sourceId: 'a@bronvast.example', subject: 'Onderwerp a', dossier: 'BZK-1' },
    ]);
  });

  it('reads the header name case-insensitively and ignores an empty value', () => {
    const plan = planSentItemFilings(
      [
        aSentItem('a', { 'x-bronvast-dossier': ' GEM-2 ' }),
        aSentItem('b', { 'X-Bronvast-Dossier': '  ' }),
      ],
      new Set(),
    );
    expect(plan.map((filing) => filing.dossier)).toEqual(['GEM-2']);
  });

  it('skips what is filed already, by source id or by the filed category, and duplicates', () => {
    const header = { 'X-Bronvast-Dossier': 'BZK-1' };
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
