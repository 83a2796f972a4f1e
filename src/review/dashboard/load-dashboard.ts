import {
  listReviewerChanges,
  recordSummaryPages,
  userDepartment,
  type GraphClient,
  type RecordSummary,
  type SiteIds,
} from '../../graph';
import type { DashboardRecord } from './dashboard-record';
import { dashboardRecords } from './dashboard-records';

/** Directory lookups sent at once: a page of new filers is asked for in groups of this size. */
const LOOKUPS_AT_ONCE = 10;

/** The newest records read first, in a small request of their own, to draw from at once. */
const FIRST_RECORDS = 500;

/**
 * The dashboard's records: the library read newest first, the newest 500 in a small request
 * (the first figures drawn from them), then 5,000 a page; each page's new filers looked up in
 * the directory (their department is the team), joined with the reviewers' changes from the
 * audit list, which are read alongside once the first records are in. After each page
 * `onProgress` gets every record read so far (with the changes, once they are in); the promise
 * resolves with all of them, or fails when the library, the audit list or the site cannot be
 * read.
 */
export async function loadDashboard(
  client: GraphClient,
  site: SiteIds,
  onProgress?: (records: readonly DashboardRecord[]) => void,
): Promise<DashboardRecord[]> {
  let known: ReadonlySet<string> = new Set();
  let changes: Promise<Set<string>> | undefined;
  const summaries: RecordSummary[] = [];
  const departments = new Map<string, string>();
  const asked = new Set<string>();
  for await (const page of recordSummaryPages(client, site, { first: FIRST_RECORDS })) {
    summaries.push(...page);
    await lookUpDepartments(client, page, asked, departments);
    onProgress?.(dashboardRecords(summaries, known, departments));
    if (changes === undefined) {
      changes = listReviewerChanges(client, site);
      void changes.then(
        (found) => (known = found),
        () => undefined,
      );
    }
  }
  return dashboardRecords(
    summaries,
    await (changes ?? listReviewerChanges(client, site)),
    departments,
  );
}

/** The departments of the page's filers not asked for before; one unknown filer stays unknown. */
async function lookUpDepartments(
  client: GraphClient,
  page: readonly RecordSummary[],
  asked: Set<string>,
  departments: Map<string, string>,
): Promise<void> {
  const filers = [...new Set(page.map((summary) => summary.filedBy.toLowerCase()))].filter(
    (filer) => filer.includes('@') && !asked.has(filer),
  );
  for (const filer of filers) asked.add(filer);
  for (let start = 0; start < filers.length; start += LOOKUPS_AT_ONCE) {
    await Promise.all(
      filers.slice(start, start + LOOKUPS_AT_ONCE).map(async (filer) => {
        const department = await userDepartment(client, filer).catch(() => undefined);
        if (department !== undefined) departments.set(filer, department);
      }),
    );
  }
}
