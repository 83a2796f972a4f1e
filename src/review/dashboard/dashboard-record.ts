import type { ReviewStatus, DisclosureLevel } from '../../core';

/** What the dashboard needs of one record; missing columns stay missing. */
export interface DashboardRecord {
  readonly dossier?: string;
  /** Filed-by's department, where known. */
  readonly team?: string;
  readonly filedAt: Date;
  readonly received?: Date;
  readonly reviewStatus: ReviewStatus;
  readonly assessment?: DisclosureLevel;
  readonly wooCategory?: string;
  /** The officer changed the suggested dossier or category; undefined where not recorded. */
  readonly changedByOfficer?: boolean;
  /** A records manager moved or reclassified it. */
  readonly changedByReviewer: boolean;
}

/** The record's completeness for the BZK maturity figure: dossier, category and assessment. */
export function isComplete(record: DashboardRecord): boolean {
  return (
    (record.dossier ?? '') !== '' &&
    (record.wooCategory ?? '') !== '' &&
    record.assessment !== undefined
  );
}
