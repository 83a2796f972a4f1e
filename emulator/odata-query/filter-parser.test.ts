import { evaluateFilter } from './filter-eval';
import { filterPaths, parseFilter } from './filter-parser';

const matches = (filter: string, values: Record<string, unknown>) => {
  const parsed = parseFilter(filter);
  if (!parsed.ok) throw new Error(parsed.error);
  return evaluateFilter(parsed.node, (path) => values[path]);
};

describe('OData $filter', () => {
  it('gives and precedence over or, and honours parentheses', () => {
    const values = { 'fields/A': 'x', 'fields/B': 'y', 'fields/C': 'z' };
    expect(matches("fields/A eq 'q' and fields/B eq 'y' or fields/C eq 'z'", values)).toBe(true);
    expect(matches("fields/A eq 'q' and (fields/B eq 'y' or fields/C eq 'z')", values)).toBe(false);
  });

  it('compares text case-insensitively, numbers, booleans, null and dates', () => {
    expect(matches("fields/S eq 'te-BEOORDELEN'", { 'fields/S': 'te-beoordelen' })).toBe(true);
    expect(matches('fields/N ge 0.5 and fields/N le 0.9', { 'fields/N': 0.82 })).toBe(true);
    expect(matches('fields/B eq true', { 'fields/B': true })).toBe(true);
    expect(matches('fields/X eq null', { 'fields/X': null })).toBe(true);
    expect(matches('fields/X ne null', { 'fields/X': null })).toBe(false);
    expect(
      matches("createdDateTime ge '2025-11-20T09:00:00Z'", {
        createdDateTime: '2025-11-20T10:00:00Z',
      }),
    ).toBe(true);
    expect(
      matches('createdDateTime lt 2025-11-20T09:00:00Z', {
        createdDateTime: '2025-11-20T10:00:00Z',
      }),
    ).toBe(false);
  });

  it('reads quoted quotes and startswith', () => {
    expect(
      matches("fields/T eq 'Wet ''open'' overheid'", { 'fields/T': "Wet 'open' overheid" }),
    ).toBe(true);
    expect(matches("startswith(fields/K,'bzk-2025')", { 'fields/K': 'BZK-2025-0113' })).toBe(true);
    expect(matches("not startswith(fields/K,'BZK')", { 'fields/K': 'BZK-2025-0113' })).toBe(false);
  });

  it('lists the paths it refers to', () => {
    const parsed = parseFilter("fields/A eq 1 or startswith(fields/B,'x')");
    expect(parsed.ok && filterPaths(parsed.node)).toEqual(['fields/A', 'fields/B']);
  });

  it.each([
    "fields/A eq 'x' xor fields/B eq 'y'",
    "contains(fields/A,'x')",
    'fields/A eq',
    "(fields/A eq 'x'",
    "fields/A has 'x'",
    "fields/A eq 'open",
    "fields/A eq 'x' )",
  ])('rejects %s', (filter) => {
    expect(parseFilter(filter).ok).toBe(false);
  });

  it('refuses filters nested or sized beyond its limits instead of recursing without end', () => {
    const deep = parseFilter(`${'('.repeat(5000)}fields/A eq 1${')'.repeat(5000)}`);
    expect(deep).toEqual({ ok: false, error: 'the filter is nested more than 100 levels deep' });
    const long = parseFilter(
      Array.from({ length: 5000 }, (_, n) => `fields/A eq ${n}`).join(' or '),
    );
    expect(long).toEqual({ ok: false, error: 'the node count limit of 1000 has been exceeded' });
    expect(parseFilter(`${'('.repeat(99)}fields/A eq 1${')'.repeat(99)}`).ok).toBe(true);
  });
});
