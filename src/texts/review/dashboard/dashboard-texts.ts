/** The dashboard's sentences, in one language. */
export interface DashboardTexts {
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
  /**
   * Said instead of {@link empty} when the library holds no records while the coverage below
   * (which the officers' task panes report) does count filed mail.
   */
  readonly emptyLibrary: string;
  readonly coverage: CoverageTexts;
  readonly chart: ChartTexts;
}

/**
 * What a screen reader hears of a chart: the chart library's own descriptions are in English
 * only, so the dashboard gives each part its name in the page's language.
 */
export interface ChartTexts {
  /** The drawing as a whole: its title and how many bars it has. */
  readonly description: (title: string, bars: number) => string;
  /** The group of bars a keyboard user steps through. */
  readonly bars: (bars: number) => string;
  /** One bar: its group's name and its figure. */
  readonly bar: (label: string, value: number) => string;
  /** A chart whose bars are all zero, which the library draws as nothing. */
  readonly noData: (title: string) => string;
}

/** The coverage section's sentences: how much policy-relevant mail each team filed per week. */
export interface CoverageTexts {
  readonly heading: string;
  readonly chartTitle: string;
  readonly caption: string;
  readonly team: string;
  readonly week: string;
  readonly relevant: string;
  readonly filed: string;
  readonly dismissed: string;
  readonly open: string;
  readonly oldestOpenDays: string;
  readonly filedShare: string;
  readonly loading: string;
  /** Said instead of the figures while no officer has reported. */
  readonly empty: string;
  /** Said when the site has no coverage list (not provisioned since it was added). */
  readonly listMissing: string;
  /** Said when the list could not be read; the other sections stay. */
  readonly failed: string;
}
