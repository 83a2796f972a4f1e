/** The dashboard's sentences, in one language. */
export interface DashboardMessages {
  readonly heading: string;
  readonly byDossier: string;
  readonly byTeam: string;
  readonly byWeek: string;
  readonly unknown: string;
  readonly filed: string;
  readonly backlog: string;
  readonly oldest: string;
  readonly filingMedian: string;
  readonly filingP90: string;
  readonly changed: string;
  readonly completeness: string;
  readonly levels: string;
  readonly tableOf: (chart: string) => string;
  readonly loading: string;
  /** Said above provisional figures while the library is still being read, newest first. */
  readonly reading: (count: number) => string;
  readonly hours: (value: number) => string;
  readonly days: (value: number) => string;
  readonly percent: (share: number) => string;
  /** Said instead of the figures on a site where nothing was filed yet. */
  readonly empty: string;
}
