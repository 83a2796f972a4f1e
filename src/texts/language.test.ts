import { languageOf } from './language';

describe('the language of a BCP 47 tag', () => {
  it.each([
    ['nl-NL', 'nl'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['fr-FR', 'nl'],
    ['', 'nl'],
  ])('%s gives %s', (tag, expected) => {
    expect(languageOf(tag)).toBe(expected);
  });
});
