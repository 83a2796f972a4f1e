import { statSync } from 'node:fs';
import { join } from 'node:path';
import { NAMED_FEATURES, namedIndexOf } from './feature-space';
import { relevanceFeatures } from './features';
import { RELEVANCE_REASON_CODES } from './reason-codes';
import { scoreRelevance, shippedModel } from './score-relevance';
import {
  AUTO_REPLY,
  BESLISNOTA_MAIL,
  LUNCH_MAIL,
  MEETING_ACCEPTANCE,
  NEWSLETTER,
  aMessage,
} from './test-message';
import { RELEVANCE_WEIGHTS } from './weights';

describe('the shipped weights', () => {
  it('load, stay under 1 MB and carry a threshold and a vocabulary', () => {
    expect(statSync(join(__dirname, 'weights.json')).size).toBeLessThan(1024 * 1024);
    expect(RELEVANCE_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(RELEVANCE_WEIGHTS.threshold).toBeLessThan(1);
    expect(RELEVANCE_WEIGHTS.bucketGaps.length).toBe(RELEVANCE_WEIGHTS.bucketWeights.length);
    // Ascending buckets: every gap after the first is positive.
    expect(RELEVANCE_WEIGHTS.bucketGaps.slice(1).every((gap) => gap > 0)).toBe(true);
    expect(RELEVANCE_WEIGHTS.terms.length).toBeGreaterThan(100);
    expect(Object.keys(RELEVANCE_WEIGHTS.named).sort()).toEqual(Object.keys(NAMED_FEATURES).sort());
  });
});

describe('scoreRelevance', () => {
  it('scores a Dutch beslisnota mail above a lunch invitation and calls it relevant', () => {
    const nota = scoreRelevance(BESLISNOTA_MAIL);
    const lunch = scoreRelevance(LUNCH_MAIL);
    expect(nota.score).toBeGreaterThan(lunch.score);
    expect(nota.relevant).toBe(true);
    expect(lunch.relevant).toBe(false);
  });

  it('calls auto-replies, newsletters and meeting acceptances not relevant', () => {
    for (const message of [AUTO_REPLY, NEWSLETTER, MEETING_ACCEPTANCE]) {
      const relevance = scoreRelevance(message);
      expect({ subject: message.subject, relevant: relevance.relevant }).toEqual({
        subject: message.subject,
        relevant: false,
      });
      expect(relevance.score).toBeLessThan(scoreRelevance(BESLISNOTA_MAIL).score);
    }
  });

  it('scores monotonely: adding a beslisnota attachment and decision words raises the score', () => {
    const plain = aMessage({ subject: 'Stand van zaken', bodyText: 'Hierbij de stand van zaken.' });
    const richer = aMessage({
      subject: 'Stand van zaken',
      bodyText: 'Hierbij de stand van zaken. Graag je akkoord op het voorstel voor het besluit.',
      attachments: [{ name: 'Beslisnota stand van zaken.docx', size: 1 }],
    });
    expect(scoreRelevance(richer).score).toBeGreaterThan(scoreRelevance(plain).score);
  });

  it('gives at most five reasons with known codes, strongest first', () => {
    const { reasons, threshold } = scoreRelevance(NEWSLETTER);
    expect(threshold).toBe(RELEVANCE_WEIGHTS.threshold);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(5);
    const codes: readonly string[] = RELEVANCE_REASON_CODES;
    for (const reason of reasons) expect(codes).toContain(reason.code);
    const strengths = reasons.map((reason) => Math.abs(reason.weight));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
  });

  it('names the strongest structural feature of the message as a reason', () => {
    const model = shippedModel();
    const named = relevanceFeatures(NEWSLETTER).named.map((feature) => ({
      code: NAMED_FEATURES[feature.key],
      weight: (model.weights[namedIndexOf(feature.key)] ?? 0) * feature.value,
    }));
    const strongest = named.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))[0];
    const codes = scoreRelevance(NEWSLETTER).reasons.map((reason) => reason.code);
    expect(codes).toContain(strongest?.code);
  });

  it('stays fast on a 1 MB body', () => {
    const paragraph = 'Bijgaand het advies over de subsidieregeling, graag je akkoord. ';
    const huge = aMessage({ bodyText: paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)) });
    scoreRelevance(huge);
    const started = performance.now();
    const relevance = scoreRelevance(huge);
    // The budget is 100 ms; the margin absorbs a busy test machine.
    expect(performance.now() - started).toBeLessThan(300);
    expect(relevance.score).toBeGreaterThan(0);
  });
});
