import { asSourceId } from '../../ids';
import type { Message } from '../../message';
import { compileModel } from '../model';
import { scoreRelevance } from '../score-relevance';
import { balancedAccuracy, chooseThreshold } from './choose-threshold';
import { isFunctionTerm } from './function-words';
import { trainRelevance } from './train-relevance';
import type { TrainingExample } from './training-example';

const TOPICS = ['subsidieregeling', 'omgevingswet', 'huurtoeslag', 'stikstof', 'jeugdzorg'];
const SOCIAL = ['taart', 'lunch', 'borrel', 'fiets', 'vakantie'];

function mail(index: number, subject: string, bodyText: string): Message {
  return {
    kind: 'mail',
    id: asSourceId(`synthetic-${index}`),
    subject,
    from: { address: 'a@minbzk.nl' },
    to: [{ address: 'b@minbzk.nl' }],
    cc: [],
    bodyText,
    headers: {},
    attachments: [],
  };
}

/** A small synthetic set: decision mails about policy topics against social chatter. */
function syntheticSet(): TrainingExample[] {
  return Array.from({ length: 40 }, (_, index) => {
    const relevant = index % 2 === 0;
    const word = (relevant ? TOPICS : SOCIAL)[index % 5] ?? '';
    const body = relevant
      ? `Bijgaand het advies over de ${word}. Graag je akkoord op het voorstel.`
      : `Wie gaat er mee, ${word} om twaalf uur? Gezellig!`;
    return {
      key: `synthetic:${index}`,
      message: mail(index, relevant ? `Nota ${word}` : `Vraagje ${word}`, body),
      relevant,
      weight: 1,
    };
  });
}

const SETTINGS = { folds: 3, fit: { l2: 1e-4, iterations: 60, learningRate: 0.1 } };

describe('trainRelevance', () => {
  it('gives byte-identical weights when run twice on the same examples', () => {
    const first = trainRelevance(syntheticSet(), SETTINGS);
    const second = trainRelevance(syntheticSet(), SETTINGS);
    expect(JSON.stringify(second.weights)).toBe(JSON.stringify(first.weights));
  });

  it('learns to tell the two kinds apart and explains with the words it learnt', () => {
    const { weights } = trainRelevance(syntheticSet(), SETTINGS);
    const model = compileModel(weights);
    const policy = scoreRelevance(
      mail(100, 'Nota stikstof', 'Graag je akkoord op het advies.'),
      {},
      model,
    );
    const social = scoreRelevance(
      mail(101, 'Vraagje taart', 'Wie gaat er mee? Gezellig!'),
      {},
      model,
    );
    expect(policy.score).toBeGreaterThan(social.score);
    expect(policy.relevant).toBe(true);
    expect(social.relevant).toBe(false);
    expect(weights.terms.length).toBeGreaterThan(0);
    expect(weights.terms.every((term) => !term.includes('<') && !isFunctionTerm(term))).toBe(true);
  });
});

describe('chooseThreshold', () => {
  it('picks the threshold that separates out-of-fold scores best, nearest 0.5 among equals', () => {
    const scored = [
      { score: 0.9, relevant: true, weight: 1 },
      { score: 0.35, relevant: true, weight: 1 },
      { score: 0.3, relevant: false, weight: 1 },
      { score: 0.1, relevant: false, weight: 1 },
    ];
    const threshold = chooseThreshold(scored, 1);
    expect(threshold).toBeGreaterThan(0.3);
    expect(threshold).toBeLessThanOrEqual(0.35);
    expect(balancedAccuracy(scored, threshold)).toBe(1);
    expect(balancedAccuracy(scored, 0.5)).toBe(0.75);
  });

  it('lowers the threshold when missing a record counts more than a false alarm', () => {
    const scored = [
      { score: 0.9, relevant: true, weight: 1 },
      { score: 0.4, relevant: true, weight: 1 },
      { score: 0.45, relevant: false, weight: 1 },
      { score: 0.1, relevant: false, weight: 1 },
    ];
    expect(chooseThreshold(scored, 1)).toBeGreaterThan(0.45);
    expect(chooseThreshold(scored, 3)).toBeLessThanOrEqual(0.4);
  });
});
