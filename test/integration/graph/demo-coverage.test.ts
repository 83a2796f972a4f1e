import { seedDemoCoverage } from '../../../emulator/seed/demo-coverage';
import { readCoverageReports, summarizeCoverage } from '../../../src/graph';
import { MANAGER, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.stop());

describe("the demo site's coverage", () => {
  it('holds ten weeks of two teams, reported by the demo users themselves, once', async () => {
    const now = new Date('2026-12-08T10:00:00Z');
    await seedDemoCoverage(harness.emulator.baseUrl, now);
    await seedDemoCoverage(harness.emulator.baseUrl, now);
    const site = await harness.site(harness.client(MANAGER));
    const reading = await readCoverageReports(harness.client(MANAGER), site, '2026-W01');
    if (reading.kind !== 'read') throw new Error('the coverage list is missing');
    // The officer's own mailbox and Postbus Woo, and the records manager's own: 3 x 10.
    expect(reading.reports).toHaveLength(30);
    const rows = summarizeCoverage(reading.reports);
    expect(new Set(rows.map((row) => row.team))).toEqual(
      new Set(['Directie Open Overheid', 'Informatiehuishouding']),
    );
    expect(
      rows
        .map((row) => row.week)
        .sort()
        .at(-1),
    ).toBe('2026-W50');
    for (const row of rows) {
      expect(row.filed + row.dismissed + row.open).toBe(row.relevant);
      expect(row.open === 0 || row.oldestOpenDays > 0 || row.week === '2026-W50').toBe(true);
    }
  });
});
