import { isNoiseTerm } from './reason-noise';
import { scoreRelevance, shippedModel } from './score-relevance';
import { aMessage } from './test-message';

describe('word reasons', () => {
  it.each([
    'groet',
    'beste',
    'well',
    'half',
    'url',
    '<url>',
    'vriendelijke groet',
    'fw',
    'rob',
    'de',
  ])('do not show the noise term "%s"', (term) => {
    expect(isNoiseTerm(term)).toBe(true);
  });

  it.each(['advies', 'bezwaren', 'pipeline safety', 'minister', 'vastgesteld'])(
    'show the telling term "%s"',
    (term) => {
      expect(isNoiseTerm(term)).toBe(false);
    },
  );

  it('leave the shipped vocabulary’s noise out of a greeting-heavy mail, score unchanged', () => {
    const vocabulary = shippedModel().vocabulary;
    const noisy = ['groet', 'beste', 'well', 'url', 'vriendelijke groet', 'graag'].filter((term) =>
      vocabulary.has(term),
    );
    expect(noisy.length).toBeGreaterThan(2);
    const message = aMessage({
      subject: 'Advies',
      bodyText: `Beste Jan,\n\nWell, graag je reactie: https://example.nl\n\nMet vriendelijke groet,\nPiet`,
    });
    const relevance = scoreRelevance(message);
    const terms = relevance.reasons
      .filter((reason) => reason.code === 'relevance.word')
      .map((reason) => String(reason.params?.['term']));
    for (const term of terms) expect(isNoiseTerm(term)).toBe(false);
    expect(terms).not.toEqual(expect.arrayContaining(['groet']));
  });
});
