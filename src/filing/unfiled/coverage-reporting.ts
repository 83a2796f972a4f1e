import { reportCoverage, myDepartment } from '../../graph/coverage';
import type { GraphClient, SiteIds } from '../../graph';
import { coverageRows } from './coverage-rows';
import type { ScanResult } from './scan-unfiled';

/** How often a device reports at most: the dashboard takes each reporter's newest per week. */
const REPORT_INTERVAL_MS = 20 * 3_600_000;

/** Where a device remembers when it last reported (the browser's localStorage, or a stand-in). */
export type ReportMemory = Pick<Storage, 'getItem' | 'setItem'>;

/** What a surface needs to report the counts of a complete "nog vastleggen" scan. */
export interface CoverageReporting {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  /** The site's hostname and path: one memory per site. */
  readonly siteKey: string;
  readonly memory: ReportMemory | undefined;
  readonly now?: () => Date;
}

/**
 * The report every surface of "nog vastleggen" makes once its scan has read the whole period:
 * the counts per mailbox and week under the officer's department (docs/coverage.md), added to
 * the coverage list at most once in 20 hours per site and device. A report that fails is not
 * remembered, so the next complete scan tries again.
 */
export function createCoverageReporter(
  reporting: CoverageReporting,
): (result: ScanResult) => Promise<void> {
  const key = `bronvast-coverage-reported:${reporting.siteKey}`;
  const now = reporting.now ?? (() => new Date());
  return async (result) => {
    const last = Number(reporting.memory?.getItem(key) ?? 0);
    const at = now();
    if (at.getTime() - last < REPORT_INTERVAL_MS) return;
    const team = await myDepartment(reporting.client);
    const site = await reporting.site();
    await reportCoverage(reporting.client, site, coverageRows(result.coverage, team, at), at);
    reporting.memory?.setItem(key, String(at.getTime()));
  };
}
