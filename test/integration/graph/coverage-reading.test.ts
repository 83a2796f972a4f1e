import { reportCoverage } from '../../../src/graph/coverage/coverage-report';
import {
  readCoverageReports,
  summarizeCoverage,
  type CoverageReading,
  type SiteIds,
} from '../../../src/graph';
import { MANAGER, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;
let site: SiteIds;

const row = (week: string, counts: { relevant: number; filed: number; open: number }) => ({
  team: 'Directie Open Overheid',
  week,
  mailbox: '',
  dismissed: counts.relevant - counts.filed - counts.open,
  oldestOpenDays: counts.open === 0 ? 0 : 5,
  ...counts,
});

beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site(harness.client(MANAGER));
  const officer = harness.client(OFFICER);
  const weeks = Array.from(
    { length: 12 },
    (_, index) => `2026-W${String(index + 38).padStart(2, '0')}`,
  );
  // Monday's report, then Tuesday's with more filed: Tuesday's counts.
  await reportCoverage(
    officer,
    site,
    weeks.map((week) => row(week, { relevant: 10, filed: 2, open: 8 })),
    new Date('2026-12-07T08:00:00Z'),
  );
  await reportCoverage(
    officer,
    site,
    weeks.map((week) => row(week, { relevant: 10, filed: 7, open: 2 })),
    new Date('2026-12-08T08:00:00Z'),
  );
  // A colleague of the same team (the records manager files too), one week only.
  await reportCoverage(
    harness.client(MANAGER),
    site,
    [row('2026-W49', { relevant: 4, filed: 4, open: 0 })],
    new Date('2026-12-08T09:00:00Z'),
  );
});
afterAll(() => harness.stop());

function reportsOf(reading: CoverageReading) {
  if (reading.kind !== 'read') throw new Error('the coverage list is missing');
  return reading.reports;
}

describe('reading the coverage list', () => {
  it('reads the reports of the recent weeks page by page, with who reported them', async () => {
    const manager = harness.client(MANAGER);
    const reports = reportsOf(await readCoverageReports(manager, site, '2026-W46', 5));
    expect(reports).toHaveLength(2 * 4 + 1);
    expect(new Set(reports.map((report) => report.week))).toEqual(
      new Set(['2026-W46', '2026-W47', '2026-W48', '2026-W49']),
    );
    expect(new Set(reports.map((report) => report.reporter)).size).toBe(2);
    expect(reports[0]).toMatchObject({ team: 'Directie Open Overheid', mailbox: '' });
    // One lookup of the list, then two pages of five.
    expect(manager.counter.byLabel()['coverage.read']).toBe(2);
  });

  it('sums the newest report of each officer per team and week', async () => {
    const reports = reportsOf(await readCoverageReports(harness.client(MANAGER), site, '2026-W48'));
    expect(summarizeCoverage(reports)).toEqual([
      {
        team: 'Directie Open Overheid',
        week: '2026-W48',
        relevant: 10,
        filed: 7,
        dismissed: 1,
        open: 2,
        oldestOpenDays: 5,
        filedShare: 0.7,
      },
      {
        team: 'Directie Open Overheid',
        week: '2026-W49',
        relevant: 14,
        filed: 11,
        dismissed: 1,
        open: 2,
        oldestOpenDays: 5,
        filedShare: 11 / 14,
      },
    ]);
  });
});
