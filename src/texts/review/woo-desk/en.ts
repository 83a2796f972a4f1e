import type { WooDeskTexts } from './woo-desk-texts';
import { NL } from './nl';

export const EN: WooDeskTexts = {
  ...NL,
  tab: 'Woo requests',
  overview: {
    ...NL.overview,
    heading: 'Open Woo requests',
    average: (days, decided) => `Average handling time: ${days} days (${decided} decided requests)`,
    noAverage: 'No decided requests yet: no average handling time.',
    none: 'There are no Woo requests.',
    columns: ['Zaaknummer', 'Received', 'Deadline', 'Days left', 'Status'],
    daysLeft: (days, suspended) => (suspended ? `${days} (suspended)` : String(days)),
    open: 'Open',
  },
  failed: 'That did not work. Please try again.',
};
