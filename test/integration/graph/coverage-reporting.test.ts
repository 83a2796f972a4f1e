import { createCoverageReporter, type ReportMemory } from '../../../src/filing/unfiled';
import { readCoverageReports, type SiteIds } from '../../../src/graph';
import { MANAGER, startHarness, type Harness } from './harness';

let harness: Harness;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site(harness.client(MANAGER));
});
afterAll(() => harness.stop());

const SCAN = {
  read: 120,
  coverage: [
    {
      week: '2026-W49',
      mailbox: '',
      relevant: 9,
      filed: 5,
      dismissed: 1,
      open: 3,
      oldestOpen: new Date('2026-12-01T09:00:00Z'),
    },
    {
      week: '2026-W49',
      mailbox: 'postbus-woo@bronvast.example',
      relevant: 2,
      filed: 2,
      dismissed: 0,
      open: 0,
      oldestOpen: null,
    },
  ],
};

function memory(): ReportMemory & { readonly values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

async function reports() {
  const reading = await readCoverageReports(harness.client(MANAGER), site, '2026-W01');
  if (reading.kind !== 'read') throw new Error('the coverage list is missing');
  return reading.reports;
}

describe("a surface's coverage report", () => {
  it("adds the scan's counts under the officer's department, at most once in 20 hours", async () => {
    let now = new Date('2026-12-08T09:00:00Z');
    const report = createCoverageReporter({
      client: harness.client(),
      site: () => Promise.resolve(site),
      siteKey: 'bronvast.sharepoint.com/sites/informatiebeheer',
      memory: memory(),
      now: () => now,
    });
    await report(SCAN);
    expect(await reports()).toEqual([
      expect.objectContaining({
        team: 'Directie Open Overheid',
        mailbox: '',
        open: 3,
        oldestOpenDays: 7,
      }),
      expect.objectContaining({
        team: 'Directie Open Overheid',
        mailbox: 'postbus-woo@bronvast.example',
        filed: 2,
      }),
    ]);
    now = new Date('2026-12-08T20:00:00Z');
    await report(SCAN);
    expect(await reports()).toHaveLength(2);
    now = new Date('2026-12-09T06:00:00Z');
    await report(SCAN);
    expect(await reports()).toHaveLength(4);
  });

  it('tries again after a report that failed', async () => {
    const remembered = memory();
    const failing = createCoverageReporter({
      client: harness.client(),
      site: () => Promise.reject(new Error('offline')),
      siteKey: 'elsewhere',
      memory: remembered,
    });
    await expect(failing(SCAN)).rejects.toThrow('offline');
    expect(remembered.values.size).toBe(0);
  });
});
