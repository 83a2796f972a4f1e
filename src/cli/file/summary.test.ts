import { asDossierId } from '../../core/ids';
import type { BacklogResult } from './backlog-outcome';
import { lineProgress } from './progress';
import { dryRunLine, reportLine, summaryLines } from './summary';
import { countResult, EMPTY_TALLY } from './tally';

const dossier = asDossierId('BZK-2025-0113');
const results: BacklogResult[] = [
  {
    source: 'a.eml',
    outcome: { kind: 'filed', dossier, unsorted: false, webUrl: 'https://x/a', warnings: [] },
  },
  {
    source: 'b.eml',
    outcome: {
      kind: 'filed',
      dossier: asDossierId('Ongesorteerd'),
      unsorted: true,
      webUrl: 'u',
      warnings: ['audit-event-not-written'],
    },
  },
  { source: 'c.eml', outcome: { kind: 'already-filed', dossier, webUrl: 'https://x/c' } },
  { source: 'd.eml', subject: 'Nieuwsbrief', outcome: { kind: 'skipped', reason: 'not-relevant' } },
  { source: 'e.txt', outcome: { kind: 'failed', reason: 'not-a-mail-file' } },
  { source: 'f.txt', outcome: { kind: 'failed', reason: 'not-a-mail-file' } },
  { source: 'g.eml', outcome: { kind: 'failed', reason: 'graph-throttled' } },
];
const tally = results.reduce(countResult, EMPTY_TALLY);

describe('the end of a backlog run', () => {
  it('counts each outcome and each failure reason', () => {
    expect(tally).toMatchObject({
      done: 7,
      filed: 2,
      unsorted: 1,
      alreadyFiled: 1,
      skipped: 1,
      failed: 3,
    });
    expect([...tally.reasons]).toEqual([
      ['not-a-mail-file', 2],
      ['graph-throttled', 1],
    ]);
  });

  it('sums up in Dutch or English with each failure reason and its count', () => {
    expect(summaryLines(tally, false, 'nl')).toEqual([
      'Klaar: 2 vastgelegd (waarvan 1 in Ongesorteerd, te beoordelen), 1 al vastgelegd, 1 overgeslagen (niet beleidsrelevant), 3 mislukt.',
      '  2 x Dit is geen e-mailbestand (verwacht .eml, .msg of JSONL).',
      '  1 x Het archief is te druk; voer dezelfde opdracht later opnieuw uit.',
    ]);
    expect(summaryLines(tally, false, 'en')[0]).toBe(
      'Done: 2 filed (of which 1 in Ongesorteerd, to be reviewed), 1 already filed, 1 skipped (not policy-relevant), 3 failed.',
    );
  });

  it('writes one JSON line per input with where it went or why not', () => {
    expect(JSON.parse(reportLine(results[0]!))).toEqual({
      source: 'a.eml',
      outcome: 'filed',
      dossier: 'BZK-2025-0113',
      unsorted: false,
      webUrl: 'https://x/a',
    });
    expect(JSON.parse(reportLine(results[1]!))).toMatchObject({
      warnings: ['audit-event-not-written'],
    });
    expect(JSON.parse(reportLine(results[4]!))).toEqual({
      source: 'e.txt',
      outcome: 'failed',
      reason: 'not-a-mail-file',
    });
  });

  it('prints a dry run line only for mail it would file', () => {
    const planned: BacklogResult = {
      source: 'a.eml',
      outcome: { kind: 'would-file', dossier, unsorted: false },
    };
    expect(dryRunLine(planned, 'en')).toBe('would file: a.eml -> BZK-2025-0113');
    expect(dryRunLine(results[0]!, 'en')).toBeUndefined();
  });

  it('prints plain progress lines, not more often than asked, and one at the end', () => {
    const lines: string[] = [];
    const progress = lineProgress((line) => lines.push(line), 'nl', 60_000);
    progress.start(7);
    let running = EMPTY_TALLY;
    for (const result of results) {
      running = countResult(running, result);
      progress.update(running);
    }
    progress.stop();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bronvast: 1\/7 \| [\d.]+ per s \| nog \d+ s \| mislukt: 0$/);
    expect(lines[1]).toMatch(/^bronvast: 7\/7 \| [\d.]+ per s \| nog 0 s \| mislukt: 3$/);
  });
});
