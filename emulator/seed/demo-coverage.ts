import { isoWeek } from '../../src/core/vocabulary';
import {
  reportCoverage,
  type CoverageRow,
  myDepartment,
  readCoverageReports,
} from '../../src/graph/coverage';
import { createGraphClient, resolveSite, type GraphClient } from '../../src/graph';
// The dev token itself, not the host's index: that loads MSAL and teams-js, which the record
// system in Node does not need.
import { devToken } from '../../src/host/dev-token';
import { seededRandom } from '../seeded-random';
import { DEMO_SITE } from './seed';
import { POSTBUS_WOO } from './shared-mailbox';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

const DAY = 86_400_000;

/** Who reported in the demo, which mailboxes, and how much policy-relevant mail a week brings. */
const REPORTERS = [
  { upn: POLICY_OFFICER.upn, mailboxes: ['', POSTBUS_WOO.upn], perWeek: 14 },
  { upn: RECORDS_MANAGER.upn, mailboxes: [''], perWeek: 6 },
] as const;

/**
 * Ten weeks of counts as the demo users' task panes would have reported them: most of the older
 * weeks filed, the recent ones still partly open. The same every time for the same day.
 */
export function demoCoverageRows(
  now: Date,
  mailboxes: readonly string[],
  perWeek: number,
  seed: number,
): Omit<CoverageRow, 'team'>[] {
  const random = seededRandom(seed);
  return Array.from({ length: 10 }, (_, index) => 9 - index).flatMap((weeksAgo) =>
    mailboxes.map((mailbox) => {
      const relevant = Math.max(
        1,
        Math.round(perWeek * (mailbox === '' ? 1 : 0.4) * (0.6 + random() * 0.8)),
      );
      const settled = Math.min(
        relevant,
        Math.round(relevant * (0.45 + weeksAgo * 0.06 + random() * 0.15)),
      );
      const dismissed = Math.min(settled, Math.round(settled * random() * 0.2));
      const open = relevant - settled;
      const oldestOpenDays = open === 0 ? 0 : weeksAgo * 7 + Math.floor(random() * 5);
      return {
        week: isoWeek(new Date(now.getTime() - weeksAgo * 7 * DAY)),
        mailbox,
        relevant,
        filed: settled - dismissed,
        dismissed,
        open,
        oldestOpenDays,
      };
    }),
  );
}

/**
 * Gives the demo site the coverage reports of the demo weeks, once: through Graph, as each demo
 * user (so the items' createdBy is theirs and their team comes from the directory), into the
 * list the provisioning made. Skipped when the list already holds reports. `npm start` does
 * this; the record system's own seed does not (tests rely on an empty list).
 */
export async function seedDemoCoverage(graphBaseUrl: string, now = new Date()): Promise<void> {
  const client = (upn: string): GraphClient =>
    createGraphClient({
      tokenProvider: () => Promise.resolve(devToken(upn)),
      baseUrl: graphBaseUrl,
    });
  const manager = client(RECORDS_MANAGER.upn);
  const resolution = await resolveSite(manager, {
    hostname: DEMO_SITE.hostname,
    path: DEMO_SITE.path,
  });
  if (resolution.kind !== 'resolved') return;
  const site = resolution.ids;
  const known = await readCoverageReports(manager, site, '0000-W00');
  if (known.kind !== 'read' || known.reports.length > 0) return;
  for (const [index, reporter] of REPORTERS.entries()) {
    const officer = client(reporter.upn);
    const team = await myDepartment(officer);
    const rows = demoCoverageRows(now, reporter.mailboxes, reporter.perWeek, 49 + index);
    await reportCoverage(
      officer,
      site,
      rows.map((row) => ({ ...row, team })),
      now,
    );
  }
}
