/** What the review page says about an export beside its download. */
export interface ExportTexts {
  readonly failed: string;
  readonly unlistedOrganisation: string;
  readonly invalid: (records: readonly string[]) => string;
  readonly unassessed: (rows: number) => string;
  readonly assessedOnOwnText: (rows: number) => string;
  readonly incomplete: (records: number) => string;
}

/** The records an export names, quoted: “a”, “b”; an empty name is left out. */
export const namedRecords = (records: readonly string[]) =>
  records
    .filter((record) => record !== '')
    .map((record) => `“${record}”`)
    .join(', ');
