import type { RedactedSegment } from './redaction';
import type { DeskGround, DocumentDecision } from './woo-request';

/** How often a ground is used in a decision: passages redacted and documents citing it. */
export interface GroundCount {
  readonly ground: DeskGround;
  readonly passages: number;
  readonly documents: number;
}

/** One document's part in the summary: its decision and its redacted text. */
export interface SummarisedDocument {
  readonly decision: DocumentDecision;
  readonly segments: readonly RedactedSegment[];
}

/**
 * The grounds a decision uses with their counts: passages redacted under each ground, and
 * documents that cite it (in their assessment or in one of their passages). Ordered by code.
 */
export function summariseGrounds(documents: Iterable<SummarisedDocument>): GroundCount[] {
  const passages = new Map<DeskGround, number>();
  const cited = new Map<DeskGround, number>();
  for (const document of documents) {
    const own = new Set<DeskGround>(document.decision.grounds);
    for (const segment of document.segments) {
      if (segment.kind !== 'redacted') continue;
      for (const ground of segment.grounds) {
        passages.set(ground, (passages.get(ground) ?? 0) + 1);
        own.add(ground);
      }
    }
    for (const ground of own) cited.set(ground, (cited.get(ground) ?? 0) + 1);
  }
  return [...cited.keys()]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((ground) => ({
      ground,
      passages: passages.get(ground) ?? 0,
      documents: cited.get(ground) ?? 0,
    }));
}
