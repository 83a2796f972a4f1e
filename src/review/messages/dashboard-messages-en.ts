import type { DashboardMessages } from './dashboard-messages';

/** The dashboard in English. */
export const DASHBOARD_EN: DashboardMessages = {
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
};
