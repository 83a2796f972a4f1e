import { applyAdjustment, learnDecision, NO_ADJUSTMENT, parseAdjustment } from './adjustment';
import { relevanceFeatures, toSparseVector } from './features';
import { marginOf, sigmoid } from './model';
import { shippedModel } from './score-relevance';
import { aMessage } from './test-message';

const base = shippedModel();
const lunch = aMessage({
  subject: 'Lunch vrijdag',
  bodyText: 'Zullen we vrijdag samen lunchen bij de kantine?',
});
const vector = toSparseVector(relevanceFeatures(lunch, {}));
const scoreUnder = (adjusted = base) => sigmoid(marginOf(adjusted.weights, adjusted.bias, vector));

describe('learnDecision', () => {
  it('moves the example to the side the records manager decided, deterministically', () => {
    const before = scoreUnder();
    const relevant = before < base.threshold;
    const once = learnDecision(base, NO_ADJUSTMENT, { key: 'mail:a', vector, relevant });
    const again = learnDecision(base, NO_ADJUSTMENT, { key: 'mail:a', vector, relevant });
    expect(once).toEqual(again);
    const after = scoreUnder(applyAdjustment(base, once));
    expect(after >= base.threshold).toBe(relevant);
    expect(once.labels).toEqual({ 'mail:a': relevant ? 1 : 0 });
  });

  it('learns a decision once, and a changed decision anew', () => {
    const first = learnDecision(base, NO_ADJUSTMENT, { key: 'k', vector, relevant: true });
    expect(learnDecision(base, first, { key: 'k', vector, relevant: true })).toBe(first);
    const changed = learnDecision(base, first, { key: 'k', vector, relevant: false });
    expect(scoreUnder(applyAdjustment(base, changed)) < base.threshold).toBe(true);
  });

  it('leaves the shipped model alone and survives a JSON round trip; the empty one is a reset', () => {
    const learnt = learnDecision(base, NO_ADJUSTMENT, { key: 'k', vector, relevant: true });
    const weightsBefore = Float64Array.from(base.weights);
    const restored = parseAdjustment(JSON.parse(JSON.stringify(learnt)));
    expect(restored).toEqual(learnt);
    expect(base.weights).toEqual(weightsBefore);
    expect(applyAdjustment(base, parseAdjustment({ nonsense: true })).weights).toEqual(
      base.weights,
    );
  });
});
