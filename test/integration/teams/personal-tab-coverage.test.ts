import 'fake-indexeddb/auto';
import { readCoverageReports, summarizeCoverage } from '../../../src/graph';
import { createUnfiledServices } from '../../../src/teams/create-unfiled-services';
import { DEMO_SITE, MANAGER, OFFICER, startHarness, type Harness } from '../graph/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ demoWeeks: true });
});
afterAll(() => harness.stop());

describe('"nog vastleggen" on the Teams personal tab', () => {
  it("reports the whole period's counts to the coverage list, as the pane does", async () => {
    const services = createUnfiledServices({
      config: {
        graphBaseUrl: harness.emulator.baseUrl,
        auth: { mode: 'dev', upn: OFFICER },
        site: DEMO_SITE,
        organisationDomains: ['bronvast.example'],
        recordsManagersGroup: '',
        outboxDatabase: `personal-tab-${Date.now()}`,
        sharedMailboxes: ['postbus-woo@bronvast.example'],
      },
      tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
      filedBy: OFFICER,
      core: () => import('../../../src/core'),
    });
    const result = await services.scan(10, () => undefined, new AbortController().signal);
    expect(services.report).toBeDefined();
    await services.report?.(result);
    services.outbox.stop();
    const manager = harness.client(MANAGER);
    const reading = await readCoverageReports(manager, await harness.site(manager), '2000-W01');
    if (reading.kind !== 'read') throw new Error('the coverage list is missing');
    expect(reading.reports).toHaveLength(result.coverage.length);
    const relevant = result.coverage.reduce((sum, week) => sum + week.relevant, 0);
    expect(relevant).toBeGreaterThan(0);
    const rows = summarizeCoverage(reading.reports);
    expect(rows.reduce((sum, row) => sum + row.relevant, 0)).toBe(relevant);
    expect(new Set(rows.map((row) => row.team))).toEqual(new Set(['Directie Open Overheid']));
  }, 120_000);
});
