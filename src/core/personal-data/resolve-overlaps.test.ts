import type { Finding, PersonalDataType } from '../assessment';
import { makeFinding } from './finding';
import { resolveOverlaps } from './resolve-overlaps';

const TEXT = 'x'.repeat(100);
const at = (type: PersonalDataType, start: number, end: number): Finding =>
  makeFinding(type, TEXT, start, end);
const spans = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.type}@${finding.start}-${finding.end}`);

describe('resolveOverlaps', () => {
  it('sorts by start and keeps findings that do not overlap', () => {
    const result = resolveOverlaps([at('email', 30, 40), at('phone', 0, 10), at('bsn', 10, 19)]);
    expect(spans(result)).toEqual(['phone@0-10', 'bsn@10-19', 'email@30-40']);
  });

  it('keeps the longer of two overlapping findings', () => {
    const result = resolveOverlaps([at('phone', 9, 19), at('iban', 0, 22)]);
    expect(spans(result)).toEqual(['iban@0-22']);
  });

  it('keeps the more specific type when lengths are equal', () => {
    const result = resolveOverlaps([at('person-name', 0, 9), at('bsn', 0, 9)]);
    expect(spans(result)).toEqual(['bsn@0-9']);
  });

  it('lets a later, longer finding replace an earlier overlapping one', () => {
    const result = resolveOverlaps([
      at('person-name', 0, 5),
      at('postcode', 3, 20),
      at('email', 25, 30),
    ]);
    expect(spans(result)).toEqual(['postcode@3-20', 'email@25-30']);
  });
});
