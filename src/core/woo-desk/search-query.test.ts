import { checkSearchText } from './search-query';

describe('the words of a desk search', () => {
  it('accepts terms, phrases, operators and parentheses', () => {
    expect(checkSearchText('(windpark OR "wind op zee") AND NOT lunch')).toBeNull();
    expect(checkSearchText('"tijd: 10:00"')).toBeNull();
  });

  it('refuses empty words, open quotes or parentheses and property restrictions', () => {
    expect(checkSearchText('  ')).toBe('empty');
    expect(checkSearchText('"open')).toBe('unbalanced');
    expect(checkSearchText('(a OR b')).toBe('unbalanced');
    expect(checkSearchText('a) OR (b')).toBe('unbalanced');
    expect(checkSearchText('windpark path:https://x')).toBe('property-restriction');
    expect(checkSearchText('RefinableDate00>2020-01-01')).toBe('property-restriction');
  });
});
