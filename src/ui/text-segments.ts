import type { Finding } from '../core';

/** A run of the text: plain, or the personal data of one finding. */
export interface TextSegment {
  readonly text: string;
  readonly finding?: Finding;
}

/**
 * Splits a text into plain runs and findings, in order. Findings that overlap an earlier one
 * or fall outside the text are left plain (the core resolves overlaps; this only guards).
 */
export function segmentText(text: string, findings: readonly Finding[]): TextSegment[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const finding of ordered) {
    if (finding.start < cursor || finding.end > text.length || finding.end <= finding.start)
      continue;
    if (finding.start > cursor) segments.push({ text: text.slice(cursor, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
