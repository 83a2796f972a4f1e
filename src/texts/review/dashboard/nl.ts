import type { DashboardTexts } from './dashboard-texts';

/** The dashboard in Dutch. */
export const DASHBOARD_NL: DashboardTexts = {
  heading: 'Dashboard',
  byDossier: 'Per dossier',
  byTeam: 'Per team',
  byWeek: 'Per week',
  unknown: 'onbekend',
  filed: 'Vastgelegd',
  backlog: 'Te beoordelen',
  oldest: 'Oudste wacht',
  filingMedian: 'Ontvangen → vastgelegd (mediaan)',
  filingP90: 'Ontvangen → vastgelegd (90e percentiel)',
  changed: 'Suggestie aangepast',
  completeness: 'Volledig (dossier, categorie, beoordeling)',
  levels: 'Beoordelingen',
  tableOf: (chart) => `Tabel bij ${chart}`,
  loading: 'Cijfers berekenen…',
  reading: (count) =>
    `Voorlopige cijfers: ${count.toLocaleString('nl-NL')} records gelezen, de nieuwste eerst. De rest wordt nog gelezen.`,
  hours: (value) => `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} uur`,
  days: (value) => `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} dagen`,
  percent: (share) => `${Math.round(share * 100)}%`,
  empty:
    'Er zijn op deze site nog geen records vastgelegd. Zodra medewerkers berichten vastleggen, staan hier de cijfers per dossier, team en week.',
  emptyLibrary:
    'In de bibliotheek van deze site staan nog geen records, dus nog geen cijfers per dossier, team en week. De dekking hieronder telt wel vastgelegde mail: die aantallen melden de taakvensters van medewerkers zelf. Staan hun records hier niet, dan zijn ze op een andere site vastgelegd of weer verwijderd.',
  chart: {
    description: (title, bars) =>
      `${title}. Staafdiagram met ${bars} ${bars === 1 ? 'staaf' : 'staven'}; de tabel ernaast geeft elk cijfer.`,
    bars: (bars) => `${bars} ${bars === 1 ? 'staaf' : 'staven'}`,
    bar: (label, value) => `${label}: ${value.toLocaleString('nl-NL')}`,
    noData: (title) => `${title}: alle waarden zijn 0.`,
  },
  coverage: {
    heading: 'Dekking',
    chartTitle: 'Dekking per week: Vastgelegd %',
    caption: 'Dekking per team en week',
    team: 'Team',
    week: 'Week',
    relevant: 'Beleidsrelevant',
    filed: 'Vastgelegd',
    dismissed: 'Terzijde gelegd',
    open: 'Open',
    oldestOpenDays: 'Oudste open (dagen)',
    filedShare: 'Vastgelegd %',
    loading: 'Dekkingscijfers lezen…',
    empty:
      'Nog geen dekkingscijfers: zodra medewerkers in de taakvenster-weergave "Nog vastleggen" hun mail van de afgelopen weken hebben laten lezen, staan hier per team en week de aantallen.',
    listMissing:
      'Nog geen dekkingscijfers: de lijst BronvastDekking ontbreekt op deze site. Laat de beheerder de provisioning opnieuw uitvoeren.',
    failed:
      'De dekkingscijfers konden niet worden gelezen. Probeer het later opnieuw; de andere cijfers staan hierboven.',
  },
};
