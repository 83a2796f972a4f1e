import type { RecordWarning } from '../../core/records';
import type { ReviewItem } from '../../graph';

/**
 * The warnings of a loaded record: its Bronvast columns are missing or malformed, or its
 * dossier is not in the registry. `file-missing` comes from the download, not from here.
 */
export function recordWarnings(
  item: ReviewItem,
  knownDossiers: ReadonlySet<string>,
): RecordWarning[] {
  const metadata = item.record.metadata;
  if (metadata === null) return ['columns-missing'];
  const warnings: RecordWarning[] = [];
  if (metadata.dossier === '' || !knownDossiers.has(metadata.dossier))
    warnings.push('dossier-unknown');
  if (Number.isNaN(metadata.filedAt.getTime())) warnings.push('filed-at-invalid');
  if (!/^[0-9a-f]{64}$/.test(metadata.sha256)) warnings.push('sha256-malformed');
  return warnings;
}
