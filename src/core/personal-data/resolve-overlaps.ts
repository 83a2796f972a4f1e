import type { Finding, PersonalDataType } from '../assessment';

/** When two findings have the same length, the more specific type wins. */
const SPECIFICITY: Readonly<Record<PersonalDataType, number>> = {
  bsn: 8,
  iban: 7,
  email: 6,
  'date-of-birth': 5,
  phone: 4,
  postcode: 3,
  'person-name': 2,
  'special-category': 1,
};

const length = (finding: Finding): number => finding.end - finding.start;

function outranks(candidate: Finding, current: Finding): boolean {
  if (length(candidate) !== length(current)) return length(candidate) > length(current);
  return SPECIFICITY[candidate.type] > SPECIFICITY[current.type];
}

/**
 * Sorts findings by start and drops overlaps: of two overlapping findings the longer one
 * stays, and at equal length the more specific type. One linear pass after the sort.
 */
export function resolveOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const finding of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || finding.start >= last.end) kept.push(finding);
    else if (outranks(finding, last)) kept[kept.length - 1] = finding;
  }
  return kept;
}
