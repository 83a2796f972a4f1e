import type { DashboardTexts } from './dashboard-texts';

/** The dashboard in English. */
export const DASHBOARD_EN: DashboardTexts = {
  heading: 'Dashboard',
  byDossier: 'By dossier',
  byTeam: 'By team',
  byWeek: 'By week',
  unknown: 'unknown',
  filed: 'Filed',
  backlog: 'To review',
  oldest: 'Oldest waiting',
  filingMedian: 'Received → filed (median)',
  filingP90: 'Received → filed (90th percentile)',
  changed: 'Suggestion changed',
  completeness: 'Complete (dossier, category, assessment)',
  levels: 'Assessments',
  tableOf: (chart) => `Table for ${chart}`,
  loading: 'Computing figures…',
  reading: (count) =>
    `Provisional figures: ${count.toLocaleString('en-GB')} records read, newest first. The rest is still being read.`,
  hours: (value) => `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} hours`,
  days: (value) => `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })} days`,
  percent: (share) => `${Math.round(share * 100)}%`,
  empty:
    'No records have been filed on this site yet. Once officers file messages, the figures per dossier, team and week appear here.',
  emptyLibrary:
    "This site's library holds no records yet, so there are no figures per dossier, team and week. The coverage below does count filed mail: the officers' task panes report those counts themselves. If their records are not here, they were filed on another site or removed.",
  chart: {
    description: (title, bars) =>
      `${title}. Bar chart with ${bars} ${bars === 1 ? 'bar' : 'bars'}; the table beside it gives every figure.`,
    bars: (bars) => `${bars} ${bars === 1 ? 'bar' : 'bars'}`,
    bar: (label, value) => `${label}: ${value.toLocaleString('en-GB')}`,
    noData: (title) => `${title}: every value is 0.`,
  },
  coverage: {
    heading: 'Coverage',
    chartTitle: 'Coverage per week: Filed %',
    caption: 'Coverage per team and week',
    team: 'Team',
    week: 'Week',
    relevant: 'Policy-relevant',
    filed: 'Filed',
    dismissed: 'Set aside',
    open: 'Open',
    oldestOpenDays: 'Oldest open (days)',
    filedShare: 'Filed %',
    loading: 'Reading coverage figures…',
    empty:
      'No coverage figures yet: once officers have let "Nog vastleggen" in the task pane read their mail of the last weeks, the counts per team and week appear here.',
    listMissing:
      'No coverage figures yet: this site has no BronvastDekking list. Ask the administrator to run the provisioning again.',
    failed:
      'The coverage figures could not be read. Try again later; the other figures are shown above.',
  },
};
