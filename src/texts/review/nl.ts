import { disclosureLevelLabels } from '../../core/woo';
import { DASHBOARD_NL } from './dashboard/nl';
import { DATES_NL } from './dates/nl';
import { LABELS_NL } from './labels/nl';
import { RECLASSIFY_NL } from './reclassify/nl';
import { EXPORT_NL } from './export/nl';
import type { ReviewTexts } from './review-texts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const LOCAL: Record<string, string> = {
  'woo-category': 'informatiecategorie',
  assessment: 'beoordeling',
  'source-kind': 'bron',
  'changed-after-filing': 'gewijzigd na vastleggen',
  subject: 'onderwerp',
};

/** Dutch, as a records manager reads it. */
export const NL: ReviewTexts = {
  language: 'nl',
  title: 'Bronvast · beoordelen',
  signedInAs: (name) => `Aangemeld als ${name}`,
  notRecordsManager: (address) =>
    `U bent aangemeld als ${address}, maar u bent geen lid van de groep informatiebeheerders. U kunt de records inzien; accepteren, afwijzen, herclassificeren en verplaatsen mag alleen een informatiebeheerder, en SharePoint weigert het ieder ander. Vraag de beheerder om u aan die groep toe te voegen.`,
  managersUnknown: (address) =>
    `U bent aangemeld als ${address}. De groep informatiebeheerders kon niet worden gelezen, dus beoordelen kan nu niet. Probeer het later opnieuw of vraag de beheerder de rechten van deze pagina na te lopen.`,
  tabs: { queue: 'Te beoordelen', dashboard: 'Dashboard' },
  filters: {
    heading: 'Filters',
    status: 'Status',
    dossier: 'Dossier',
    category: 'Informatiecategorie',
    assessment: 'Beoordeling',
    source: 'Bron',
    filedBy: 'Vastgelegd door',
    from: 'Vastgelegd vanaf',
    to: 'Vastgelegd tot en met',
    changed: 'Alleen gewijzigd na vastleggen',
    subject: 'Zoeken in onderwerp',
    any: 'Alle',
    apply: 'Toepassen',
    localOnly: (codes, hidden) =>
      `Filteren op ${codes.map((code) => LOCAL[code] ?? code).join(', ')} gebeurt alleen op de geladen pagina's: SharePoint weigert zo'n zoekvraag bij lijsten van meer dan 5.000 items, dus Bronvast stuurt hem niet. ${count(hidden, 'record', 'records')} op deze pagina verborgen.`,
  },
  statuses: {
    'te-beoordelen': 'Te beoordelen',
    geaccepteerd: 'Geaccepteerd',
    afgewezen: 'Afgewezen',
  },
  levels: {
    ...disclosureLevelLabels('nl'),
    none: 'Geen beoordeling',
  },
  sources: { mail: 'E-mail', chat: 'Chat' },
  columns: {
    subject: 'Onderwerp',
    dossier: 'Dossier',
    status: 'Status',
    assessment: 'Beoordeling',
    filedBy: 'Vastgelegd door',
    filedAt: 'Vastgelegd op',
  },
  grid: {
    label: 'Vastgelegde records',
    empty: 'Geen records gevonden met deze filters.',
    loading: 'Records laden…',
    more: 'Meer laden',
    selected: (n) => `${count(n, 'record', 'records')} geselecteerd`,
    noSubject: '(geen onderwerp)',
  },
  exports: EXPORT_NL,
  actions: {
    accept: 'Accepteren',
    reject: 'Afwijzen',
    reclassify: 'Herclassificeren',
    move: 'Verplaatsen',
    export: 'Exporteren',
    exportProgress: (done, total) => `Exporteren… ${done} van ${total}`,
    exportReady: (choice, count) =>
      choice === 'xlsx' || choice === 'csv'
        ? `Inventarislijst downloaden (${count} regels)`
        : `${choice === 'diwoo' ? 'DiWoo' : 'MDTO'}-bestanden downloaden (${count} bestanden, zip)`,
    exportFormat: 'Exportformaat',
    exportFormats: {
      xlsx: 'Inventarislijst (Excel)',
      csv: 'Inventarislijst (CSV)',
      diwoo: 'DiWoo-metadata (XML)',
      mdto: 'MDTO voor het archief (XML)',
    },
    reason: 'Reden van afwijzen',
    reasonRequired: 'Geef een reden op.',
    targetDossier: 'Naar dossier',
    confirm: 'Bevestigen',
    cancel: 'Annuleren',
    done: (n) => `${count(n, 'record', 'records')} bijgewerkt.`,
    changedMeanwhile: (n) =>
      `${count(n, 'record is', 'records zijn')} intussen door iemand anders gewijzigd. De nieuwe stand is opnieuw geladen; bekijk die en voer de actie zo nodig opnieuw uit.`,
    forbidden: (n) =>
      `U hebt geen rechten om ${count(n, 'dit record', 'deze records')} te wijzigen. Vraag de beheerder van de site om de rol informatiebeheerder.`,
    notFound: (n) => `${count(n, 'record bestaat', 'records bestaan')} niet meer.`,
    failed: (n) =>
      `${count(n, 'record kon', 'records konden')} niet worden bijgewerkt. Probeer het later opnieuw.`,
    fileMissing: (n) =>
      `Van ${count(n, 'record', 'records')} is het bestand niet gevonden; het kon niet worden verplaatst.`,
  },
  detail: {
    heading: 'Record',
    none: 'Kies een record om de details te zien.',
    metadata: 'Gegevens',
    reasons: 'Waarom (zoals de medewerker het zag)',
    content: 'Inhoud',
    download: 'Bestand downloaden',
    versions: 'Versiegeschiedenis',
    audit: 'Audittrail',
    flagged: 'Gewijzigd door iemand die geen informatiebeheerder is',
    noVersions: 'Geen versies bekend.',
    noAudit: 'Nog geen gebeurtenissen.',
    loading: 'Laden…',
    unreadable: 'De inhoud kon niet worden gelezen; het bestand zelf is wel te downloaden.',
    unknownPerson: 'onbekend',
    auditActions: {
      accepted: 'Geaccepteerd',
      rejected: 'Afgewezen',
      reclassified: 'Geherclassificeerd',
      moved: 'Verplaatst',
      corrected: 'Gecorrigeerd (niet doorgevoerd)',
      filed: 'Vastgelegd',
    },
    reasonLabel: 'Reden',
    chatFrame: 'Weergave van het chatbericht',
  },
  warnings: {
    'columns-missing':
      'Dit bestand heeft geen (geldige) Bronvast-kolommen: het vastleggen is waarschijnlijk halverwege afgebroken. Wat bekend is, staat hieronder.',
    'dossier-unknown': 'Het dossier van dit record staat niet (meer) in het dossierregister.',
    'filed-at-invalid': 'De datum van vastleggen ontbreekt of is onleesbaar.',
    'sha256-malformed': 'De vastgelegde SHA-256 ontbreekt of is onleesbaar.',
    'file-missing': 'Het bestand van dit record is niet gevonden in de bibliotheek.',
  },
  trust: {
    heading: 'Verificatie',
    loading: 'Controleren…',
    failed: 'De controle kon niet worden uitgevoerd.',
    honest:
      'Geen afwijkingen: de inhoud past bij de vastgelegde SHA-256, de versies en het logboek kloppen en elke beslissing is van een informatiebeheerder.',
    unconfirmed: 'niet bevestigd',
    contentChanged: (from, to) => `Nieuwe inhoud (${from} → ${to} bytes)`,
  },
  errors: {
    forbidden:
      'U hebt geen toegang tot de records. Vraag de beheerder van de site om de rol informatiebeheerder.',
    unauthenticated: 'U bent niet (meer) aangemeld. Laad de pagina opnieuw.',
    load: 'De records konden niet worden geladen. Probeer het opnieuw.',
    siteMissing: 'De Bronvast-site is niet (volledig) ingericht.',
  },
  learning: {
    heading: 'Geleerd van beoordelingen',
    explanation:
      'Elke acceptatie of afwijzing verfijnt de inschatting van beleidsrelevantie voor deze organisatie. Het deelvenster, het Teams-tabblad en de opdrachtregel gebruiken die aanpassing bovenop de standaardweging.',
    decisions: (count) =>
      count === 1 ? '1 beoordeling verwerkt.' : `${count} beoordelingen verwerkt.`,
    reset: 'Aanpassing terugzetten',
    confirmTitle: 'Aanpassing terugzetten?',
    confirmText:
      'Bronvast vergeet wat het van de beoordelingen heeft geleerd en gebruikt weer alleen de standaardweging. De records en hun beoordelingen blijven zoals ze zijn.',
    confirm: 'Terugzetten',
    cancel: 'Annuleren',
    done: 'De aanpassing is teruggezet; de standaardweging geldt weer.',
    failed: 'Het terugzetten is niet gelukt. Probeer het opnieuw.',
    loading: 'Geleerde aanpassing laden…',
  },
  dashboard: DASHBOARD_NL,
  labels: LABELS_NL,
  reclassify: RECLASSIFY_NL,
  dates: DATES_NL,
  layout: {
    splitter: 'Breedte van de lijst en het record',
    recordActions: 'Acties voor dit record',
    closeDetail: 'Record sluiten',
  },
};
