/**
 * The columns a records manager's review decides, by internal name: status, dossier, Woo
 * category, assessment and grounds. Only records managers change them after filing, and a
 * filing never sets a status other than `te-beoordelen`.
 */
export const REVIEW_COLUMNS = [
  'BronvastReviewStatus',
  'BronvastDossier',
  'BronvastWooCategory',
  'BronvastAssessment',
  'BronvastGrounds',
] as const;

/** The columns that say what was filed, by whom and when: written once, at filing. */
export const INTEGRITY_COLUMNS = [
  'BronvastSha256',
  'BronvastFiledBy',
  'BronvastFiledAt',
  'BronvastDedupKey',
  'BronvastSourceId',
] as const;

/** The review columns of a record as text, the way an audit event records them. */
export type ReviewState = Readonly<Record<(typeof REVIEW_COLUMNS)[number], string>>;

/** A record's review state read from its columns (missing columns are empty). */
export function reviewStateOf(fields: Readonly<Record<string, unknown>>): ReviewState {
  const text = (name: string) => {
    const value = fields[name];
    return value === undefined || value === null ? '' : String(value);
  };
  return {
    BronvastReviewStatus: text('BronvastReviewStatus') || 'te-beoordelen',
    BronvastDossier: text('BronvastDossier'),
    BronvastWooCategory: text('BronvastWooCategory'),
    BronvastAssessment: text('BronvastAssessment'),
    BronvastGrounds: text('BronvastGrounds'),
  };
}

/** The review columns in which two states differ. */
export function differingColumns(a: ReviewState, b: ReviewState): string[] {
  return REVIEW_COLUMNS.filter((column) => a[column] !== b[column]);
}
