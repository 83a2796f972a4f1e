import { INTEGRITY_COLUMNS, REVIEW_COLUMNS } from './review-state';
import { isManager, type Discrepancy, type ManagerSet, type VersionFacts } from './trust-facts';

const LINK = 'BronvastLastAuditEvent';

/**
 * What a record's versions show (oldest first): the filing is the first version that wrote the
 * record's dedup key; it may not set a review status. After it, the integrity columns never
 * change, and review columns and the audit link change only by a records manager's hand.
 * Versions are numbered without gaps (a deleted version leaves one).
 */
export function versionDiscrepancies(
  record: string,
  versions: readonly VersionFacts[],
  managers: ManagerSet,
): Discrepancy[] {
  const found: Discrepancy[] = [...versionGaps(record, versions)];
  const filing = versions.findIndex((version) => text(version.fields, 'BronvastDedupKey') !== '');
  if (filing === -1) return found;
  const filed = versions[filing];
  if (filed !== undefined) {
    const status = text(filed.fields, 'BronvastReviewStatus');
    if (status !== '' && status !== 'te-beoordelen' && !isManager(managers, filed.by))
      found.push(
        at(record, filed, { code: 'status-set-at-filing', column: 'BronvastReviewStatus' }),
      );
  }
  for (let index = filing + 1; index < versions.length; index += 1) {
    const before = versions[index - 1];
    const version = versions[index];
    if (before === undefined || version === undefined) continue;
    const changed = (column: string) =>
      text(before.fields, column) !== text(version.fields, column);
    const rewritten = INTEGRITY_COLUMNS.filter(changed);
    if (!refiled(filed, before, version, rewritten))
      for (const column of rewritten)
        found.push(at(record, version, { code: 'integrity-column-rewritten', column }));
    if (isManager(managers, version.by)) continue;
    for (const column of REVIEW_COLUMNS.filter(changed))
      found.push(at(record, version, { code: 'review-column-by-non-manager', column }));
    if (changed(LINK)) found.push(at(record, version, { code: 'audit-link-by-non-manager' }));
  }
  return found;
}

/**
 * Whether a version is the filer filing new content of her record before any review (the Teams
 * tab files a decision with more context as a new version): by the person who filed it, the
 * content's SHA-256 and the filing time both written anew, nothing else of the filing
 * changed, and no review yet. The new content still shows in the file's versions.
 */
function refiled(
  filed: VersionFacts | undefined,
  before: VersionFacts,
  version: VersionFacts,
  rewritten: readonly string[],
): boolean {
  const filer = filed?.by?.address.toLowerCase();
  return (
    filer !== undefined &&
    version.by?.address.toLowerCase() === filer &&
    rewritten.includes('BronvastFiledAt') &&
    rewritten.includes('BronvastSha256') &&
    rewritten.every((column) => column === 'BronvastSha256' || column === 'BronvastFiledAt') &&
    text(before.fields, LINK) === '' &&
    ['', 'te-beoordelen'].includes(text(version.fields, 'BronvastReviewStatus'))
  );
}

function versionGaps(record: string, versions: readonly VersionFacts[]): Discrepancy[] {
  const majors = versions.map((version) => Math.floor(Number.parseFloat(version.label)));
  return majors.flatMap((major, index) => {
    const previous = index === 0 ? 0 : (majors[index - 1] ?? 0);
    return Number.isFinite(major) && major > previous + 1
      ? [{ code: 'version-missing' as const, record, version: `${previous + 1}.0` }]
      : [];
  });
}

function at(
  record: string,
  version: VersionFacts,
  what: Pick<Discrepancy, 'code' | 'column'>,
): Discrepancy {
  return {
    ...what,
    record,
    version: version.label,
    ...(version.by === undefined ? {} : { by: version.by.address }),
  };
}

function text(fields: Readonly<Record<string, unknown>>, name: string): string {
  const value = fields[name];
  return value === undefined || value === null ? '' : String(value);
}
