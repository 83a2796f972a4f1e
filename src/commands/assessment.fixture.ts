import { asDossierId, type Assessment } from '../core/index';

/** Options of {@link anAssessment}: relevance and the dossier scores, best first. */
export interface AssessmentShape {
  readonly relevance?: number;
  readonly relevant?: boolean;
  readonly dossiers?: readonly (readonly [string, number])[];
}

/** An assessment for tests of the command decisions. */
export function anAssessment(shape: AssessmentShape = {}): Assessment {
  const score = shape.relevance ?? 0.9;
  const dossiers = shape.dossiers ?? [];
  return {
    relevance: { score, relevant: shape.relevant ?? score >= 0.5, threshold: 0.5, reasons: [] },
    dossiers:
      dossiers.length === 0
        ? { kind: 'no-dossier-fits' }
        : {
            kind: 'suggested',
            suggestions: dossiers.map(([id, dossierScore]) => ({
              dossier: asDossierId(id),
              score: dossierScore,
              reasons: [],
            })),
          },
    wooCategory: null,
    disclosure: { level: 'openbaar', grounds: [], findings: [], reasons: [] },
  };
}
