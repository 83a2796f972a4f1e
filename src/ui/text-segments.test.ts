import type { Finding } from '../core';
import { segmentText } from './text-segments';

const at = (text: string, part: string, type: Finding['type'] = 'bsn'): Finding => {
  const start = text.indexOf(part);
  return { type, start, end: start + part.length, text: part, ground: '5.1.1e' };
};

describe('segmentText', () => {
  const text = 'Mijn BSN is 111222333 en mijn nummer 06-12345678, groet.';

  it('cuts the text into plain runs and findings, in order, losing nothing', () => {
    const findings = [at(text, '06-12345678', 'phone'), at(text, '111222333')];
    const segments = segmentText(text, findings);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((s) => s.finding).map((s) => s.finding?.type)).toEqual(['bsn', 'phone']);
    expect(segments[1]).toMatchObject({ text: '111222333' });
  });

  it('leaves overlapping and out-of-range findings plain', () => {
    const bsn = at(text, '111222333');
    const overlap: Finding = { ...bsn, start: bsn.start + 2, end: bsn.end + 3 };
    const outside: Finding = { ...bsn, start: 500, end: 510 };
    const segments = segmentText(text, [bsn, overlap, outside]);
    expect(segments.filter((s) => s.finding)).toHaveLength(1);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('returns the whole text as one run without findings', () => {
    expect(segmentText('hallo', [])).toEqual([{ text: 'hallo' }]);
  });
});
