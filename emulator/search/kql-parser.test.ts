import { KqlSyntaxError, parseKql } from './kql-parser';
import { planSearch } from './kql-sql';

describe('the KQL subset', () => {
  it('joins adjacent terms with AND and binds AND tighter than OR', () => {
    expect(parseKql('a b OR c')).toEqual({
      kind: 'or',
      children: [
        {
          kind: 'and',
          children: [
            { kind: 'term', text: 'a', prefix: false },
            { kind: 'term', text: 'b', prefix: false },
          ],
        },
        { kind: 'term', text: 'c', prefix: false },
      ],
    });
  });

  it('reads phrases, prefixes, NOT, -term and property restrictions', () => {
    expect(
      parseKql('"de minister" subsid* NOT x -y path:"https://h/s/R" RefinableDate00>=2025-01-01'),
    ).toEqual({
      kind: 'and',
      children: [
        { kind: 'phrase', text: 'de minister' },
        { kind: 'term', text: 'subsid', prefix: true },
        { kind: 'not', child: { kind: 'term', text: 'x', prefix: false } },
        { kind: 'not', child: { kind: 'term', text: 'y', prefix: false } },
        { kind: 'property', name: 'path', operator: ':', value: 'https://h/s/R' },
        { kind: 'property', name: 'RefinableDate00', operator: '>=', value: '2025-01-01' },
      ],
    });
  });

  it('takes lower-case and as a word, as KQL does', () => {
    expect(parseKql('zon and maan')).toEqual({
      kind: 'and',
      children: ['zon', 'and', 'maan'].map((text) => ({ kind: 'term', text, prefix: false })),
    });
  });

  it('refuses unclosed phrases and parentheses and dangling operators', () => {
    for (const query of ['"open', '(a OR b', 'a OR', 'AND b', 'a)'])
      expect(() => parseKql(query)).toThrow(KqlSyntaxError);
  });

  it('plans text as one FTS5 expression and restrictions as conditions', () => {
    const plan = planSearch(parseKql('(zon OR maan) NOT wolk filetype:txt'));
    expect(plan.match).toBe('(("zon" OR "maan") NOT "wolk")');
    expect(plan.where.params).toEqual(['txt']);
  });

  it('refuses a property that is no queryable managed property', () => {
    expect(() => planSearch(parseKql('author:jan'))).toThrow(KqlSyntaxError);
  });
});
