import type { Assessment, DossierSuggestion } from '../../core';
import { asDossierId } from '../../core/ids';
import { aDossier } from '../../core/testing/message-builder';
import { placeMail, UNSORTED_DOSSIER } from './placement';

function anAssessment(
  relevant: boolean,
  suggestions: readonly (readonly [string, number])[],
): Assessment {
  const ranked: DossierSuggestion[] = suggestions.map(([dossier, score]) => ({
    dossier: asDossierId(dossier),
    score,
    reasons: [],
  }));
  return {
    relevance: { score: relevant ? 0.9 : 0.1, relevant, threshold: 0.4, reasons: [] },
    dossiers:
      ranked.length === 0
        ? { kind: 'no-dossier-fits' }
        : { kind: 'suggested', suggestions: ranked },
    wooCategory: null,
    disclosure: { level: 'openbaar', grounds: [], findings: [], reasons: [] },
  };
}

describe('placeMail', () => {
  it('takes a confident suggestion: a clear score and a clear lead', () => {
    const placement = placeMail(
      anAssessment(true, [
        ['A', 0.8],
        ['B', 0.3],
      ]),
      { all: false },
    );
    expect(placement).toEqual({ kind: 'dossier', dossier: 'A', why: 'suggested' });
  });

  it('leaves a near tie, a weak suggestion or no dossier for a person, in the unsorted folder', () => {
    for (const suggestions of [
      [
        ['A', 0.8],
        ['B', 0.7],
      ],
      [['A', 0.4]],
      [],
    ] as const) {
      expect(placeMail(anAssessment(true, suggestions), { all: false })).toEqual({
        kind: 'unsorted',
        dossier: UNSORTED_DOSSIER,
      });
    }
  });

  it('puts everything in the given dossier, whatever the suggestion', () => {
    const dossier = aDossier('BZK-2025-0113');
    const placement = placeMail(anAssessment(true, [['A', 0.9]]), { all: false, dossier });
    expect(placement).toEqual({ kind: 'dossier', dossier: 'BZK-2025-0113', why: 'given' });
  });

  it('skips mail that is not policy-relevant unless everything is asked for', () => {
    const notRelevant = anAssessment(false, [['A', 0.9]]);
    expect(placeMail(notRelevant, { all: false })).toEqual({ kind: 'skip', why: 'not-relevant' });
    expect(placeMail(notRelevant, { all: true })).toEqual({
      kind: 'dossier',
      dossier: 'A',
      why: 'suggested',
    });
  });
});
