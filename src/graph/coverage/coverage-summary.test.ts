import type { CoverageReport } from './coverage-reports';
import { coverageWeeks, newestReports, summarizeCoverage } from './coverage-summary';

function aReport(overrides: Partial<CoverageReport> = {}): CoverageReport {
  return {
    reporter: 'sanne',
    reportedAt: new Date('2026-12-07T09:00:00Z'),
    team: 'Directie Open Overheid',
    week: '2026-W49',
    mailbox: '',
    relevant: 10,
    filed: 6,
    dismissed: 1,
    open: 3,
    oldestOpenDays: 4,
    ...overrides,
  };
}

const later = new Date('2026-12-08T09:00:00Z');

describe('the newest coverage reports', () => {
  it('keeps only the newest report of an officer for her own mailbox and week', () => {
    const kept = newestReports([
      aReport({ relevant: 12, reportedAt: later }),
      aReport({ relevant: 10 }),
      aReport({ week: '2026-W48', relevant: 7 }),
    ]);
    expect(kept.map((report) => [report.week, report.relevant]).sort()).toEqual([
      ['2026-W48', 7],
      ['2026-W49', 12],
    ]);
  });

  it("keeps two officers' own mailboxes apart", () => {
    expect(newestReports([aReport(), aReport({ reporter: 'pieter' })])).toHaveLength(2);
  });

  it('counts a shared mailbox once, from its newest report by whoever read it', () => {
    const shared = { mailbox: 'postbus-woo@bronvast.example' };
    const kept = newestReports([
      aReport({ ...shared, reporter: 'pieter', relevant: 5, reportedAt: later }),
      aReport({ ...shared, relevant: 4 }),
    ]);
    expect(kept.map((report) => [report.reporter, report.relevant])).toEqual([['pieter', 5]]);
  });
});

describe('coverage per team and week', () => {
  it('adds up the mailboxes of a team, takes the oldest open mail and the share filed', () => {
    const rows = summarizeCoverage([
      aReport({ relevant: 10, filed: 6, dismissed: 1, open: 3, oldestOpenDays: 4 }),
      aReport({ reporter: 'pieter', relevant: 6, filed: 2, dismissed: 0, open: 4, oldestOpenDays: 9 }),
      aReport({ relevant: 9, filed: 9, dismissed: 0, open: 0, oldestOpenDays: 0, reportedAt: new Date('2026-12-01T00:00:00Z') }),
    ]);
    expect(rows).toEqual([
      {
        team: 'Directie Open Overheid',
        week: '2026-W49',
        relevant: 16,
        filed: 8,
        dismissed: 1,
        open: 7,
        oldestOpenDays: 9,
        filedShare: 0.5,
      },
    ]);
  });

  it('sorts by week, then team, and leaves the share out where nothing was relevant', () => {
    const rows = summarizeCoverage([
      aReport({ reporter: 'a', team: 'Wetgeving', week: '2026-W49' }),
      aReport({ reporter: 'b', team: 'Directie Open Overheid', week: '2026-W49' }),
      aReport({ reporter: 'c', week: '2026-W48', relevant: 0, filed: 0, dismissed: 0, open: 0, oldestOpenDays: 0 }),
    ]);
    expect(rows.map((row) => [row.week, row.team])).toEqual([
      ['2026-W48', 'Directie Open Overheid'],
      ['2026-W49', 'Directie Open Overheid'],
      ['2026-W49', 'Wetgeving'],
    ]);
    expect(rows[0]?.filedShare).toBeUndefined();
    expect(rows[1]?.filedShare).toBeCloseTo(0.6);
  });

  it('gives each week over all teams for the chart', () => {
    const weeks = coverageWeeks(
      summarizeCoverage([
        aReport({ reporter: 'a', team: 'Wetgeving', filed: 2, relevant: 4 }),
        aReport({ reporter: 'b', filed: 6, relevant: 6, open: 0, oldestOpenDays: 0 }),
      ]),
    );
    expect(weeks).toEqual([
      expect.objectContaining({ week: '2026-W49', relevant: 10, filed: 8, filedShare: 0.8 }),
    ]);
  });
});
