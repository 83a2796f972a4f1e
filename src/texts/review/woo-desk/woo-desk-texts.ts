import type { WooEventKind } from '../../../core/woo-desk';
import { disclosureLevelLabels } from '../../../core/woo';
import type { DisclosureLevel } from '../../../core/woo-codes';
import type { UiLanguage } from '../../language';

/** Every sentence of the Woo desk. */
export interface WooDeskTexts {
  readonly tab: string;
  readonly overview: {
    readonly heading: string;
    readonly average: (days: number, decided: number) => string;
    readonly noAverage: string;
    readonly none: string;
    readonly columns: readonly [string, string, string, string, string];
    readonly daysLeft: (days: number, suspended: boolean) => string;
    readonly open: string;
  };
  readonly form: {
    readonly heading: string;
    readonly zaaknummer: string;
    readonly received: string;
    readonly text: string;
    readonly requester: string;
    readonly periodFrom: string;
    readonly periodTo: string;
    readonly create: string;
    readonly invalidZaaknummer: string;
    readonly taken: string;
    readonly incomplete: string;
  };
  readonly request: {
    readonly back: string;
    readonly deadline: (day: string, daysLeft: number) => string;
    readonly suspended: string;
    readonly extended: string;
    readonly events: Readonly<Record<WooEventKind, string>>;
    readonly eventDone: (kind: string) => string;
    readonly status: Readonly<Record<'open' | 'besloten' | 'ingetrokken', string>>;
  };
  readonly search: {
    readonly heading: string;
    readonly words: string;
    readonly wordsHint: string;
    readonly from: string;
    readonly to: string;
    readonly dossier: string;
    readonly kind: string;
    readonly anyKind: string;
    readonly run: string;
    readonly total: (total: number) => string;
    readonly add: (count: number) => string;
    readonly added: (count: number) => string;
    readonly next: string;
    readonly invalid: string;
    readonly select: (subject: string) => string;
  };
  readonly selection: {
    readonly heading: string;
    readonly empty: string;
    readonly loading: string;
    readonly thread: (n: number) => string;
    readonly duplicateExact: string;
    readonly duplicateQuoted: string;
    readonly unreadable: string;
    readonly undecided: string;
    readonly attachment: string;
    readonly open: (title: string) => string;
  };
  readonly document: {
    readonly assessment: string;
    readonly levels: Readonly<Record<DisclosureLevel, string>>;
    readonly grounds: string;
    readonly toelichting: string;
    readonly save: string;
    readonly saved: string;
    readonly proposals: string;
    readonly noProposals: string;
    readonly accept: string;
    readonly reject: string;
    readonly accepted: string;
    readonly rejected: string;
    readonly open: string;
    readonly manualHeading: string;
    readonly passage: string;
    readonly passageHint: string;
    readonly ground: string;
    readonly redact: string;
    readonly notInText: string;
    readonly preview: string;
    readonly text: string;
    readonly explanation: string;
    readonly tooLarge: string;
  };
  readonly packaging: {
    readonly heading: string;
    readonly make: string;
    readonly progress: (phase: string, done: number, total: number) => string;
    readonly phases: Readonly<Record<'reading' | 'writing' | 'finishing', string>>;
    readonly download: (name: string) => string;
    readonly summary: (documents: number, published: number, undecided: number) => string;
    readonly failed: (detail: string) => string;
    readonly errors: Readonly<
      Record<
        'request-not-found' | 'selection-empty' | 'document-failed' | 'invalid-metadata' | 'other',
        string
      >
    >;
  };
  readonly log: {
    readonly heading: string;
    readonly empty: string;
    readonly entry: (at: string, by: string, text: string, hits: number) => string;
  };
  readonly failed: string;
}

const NL: WooDeskTexts = {
  tab: 'Woo-verzoeken',
  overview: {
    heading: 'Lopende Woo-verzoeken',
    average: (days, decided) =>
      `Gemiddelde behandeltijd: ${days} dagen (${decided} besloten verzoeken)`,
    noAverage: 'Nog geen besloten verzoeken: geen gemiddelde behandeltijd.',
    none: 'Er zijn geen Woo-verzoeken.',
    columns: ['Zaaknummer', 'Ontvangen', 'Beslistermijn', 'Dagen over', 'Status'],
    daysLeft: (days, suspended) => (suspended ? `${days} (opgeschort)` : String(days)),
    open: 'Openen',
  },
  form: {
    heading: 'Nieuw Woo-verzoek',
    zaaknummer: 'Zaaknummer',
    received: 'Ontvangen op',
    text: 'Tekst van het verzoek',
    requester: 'Verzoeker (wordt nooit gepubliceerd)',
    periodFrom: 'Gevraagde periode vanaf',
    periodTo: 'Gevraagde periode tot en met',
    create: 'Verzoek vastleggen',
    invalidZaaknummer: 'Een zaaknummer bestaat uit letters, cijfers, punten en streepjes.',
    taken: 'Er is al een verzoek met dit zaaknummer.',
    incomplete: 'Vul zaaknummer, ontvangstdatum en tekst in.',
  },
  request: {
    back: 'Terug naar de verzoeken',
    deadline: (day, daysLeft) =>
      daysLeft >= 0
        ? `Beslissen uiterlijk ${day}: nog ${daysLeft} dagen`
        : `Beslistermijn verstreken op ${day} (${-daysLeft} dagen geleden)`,
    suspended: 'De termijn is opgeschort voor zienswijzen van derden.',
    extended: 'De termijn is met twee weken verlengd.',
    events: {
      verlenging: 'Verlengen (2 weken)',
      opschorting: 'Opschorten (zienswijze)',
      hervatting: 'Hervatten',
      besluit: 'Besluit verzonden',
    },
    eventDone: (kind) => `Vastgelegd: ${kind}.`,
    status: { open: 'in behandeling', besloten: 'besloten', ingetrokken: 'ingetrokken' },
  },
  search: {
    heading: 'Zoeken in de vastgelegde records',
    words: 'Zoekvraag',
    wordsHint: 'Woorden, "zinnen", AND, OR, NOT en haakjes.',
    from: 'Datum vanaf',
    to: 'Datum tot en met',
    dossier: 'Dossier',
    kind: 'Soort',
    anyKind: 'Mail en chat',
    run: 'Zoeken',
    total: (total) => `${total} treffers (de zoekopdracht is vastgelegd bij het verzoek)`,
    add: (count) => `Geselecteerde ${count} toevoegen aan de selectie`,
    added: (count) => `${count} toegevoegd aan de selectie.`,
    next: 'Volgende treffers',
    invalid: 'De zoekvraag is leeg, niet gesloten of bevat een eigenschap zoals path:.',
    select: (subject) => `Selecteer ${subject}`,
  },
  selection: {
    heading: 'Selectie',
    empty: 'De selectie is leeg: zoek en voeg treffers toe.',
    loading: 'Selectie laden…',
    thread: (n) => `Draad ${n}`,
    duplicateExact: 'zelfde inhoud als een ander document',
    duplicateQuoted: 'voorstel: dubbel (geheel geciteerd in een latere mail)',
    unreadable: 'tekst niet leesbaar',
    undecided: 'nog niet beoordeeld',
    attachment: 'bijlage',
    open: (title) => `Beoordeel ${title}`,
  },
  document: {
    assessment: 'Beoordeling',
    levels: disclosureLevelLabels('nl'),
    grounds: 'Gronden',
    toelichting: 'Toelichting',
    save: 'Beoordeling opslaan',
    saved: 'Opgeslagen.',
    proposals: 'Lakvoorstellen',
    noProposals: 'Geen lakvoorstellen.',
    accept: 'Aanvaarden',
    reject: 'Afwijzen',
    accepted: 'aanvaard',
    rejected: 'afgewezen',
    open: 'open (telt als aanvaard)',
    manualHeading: 'Zelf lakken',
    passage: 'Passage',
    passageHint: 'Selecteer tekst in het document, of typ of plak de passage hier.',
    ground: 'Grond',
    redact: 'Lakken',
    notInText: 'Deze passage staat niet in het document.',
    preview: 'Voorbeeld na lakken',
    text: 'Tekst van het document',
    explanation: 'Uitleg bij de grond',
    tooLarge: 'Te veel beslissingen voor één document om op te slaan.',
  },
  packaging: {
    heading: 'Besluitpakket',
    make: 'Besluitpakket maken',
    progress: (phase, done, total) => `${phase}: ${done} van ${total} records`,
    phases: { reading: 'Lezen', writing: 'Schrijven', finishing: 'Afronden' },
    download: (name) => `Download ${name}`,
    summary: (documents, published, undecided) =>
      `${documents} documenten, ${published} openbaar gemaakt; ${undecided} lakvoorstellen zonder beslissing zijn als aanvaard behandeld.`,
    failed: (detail) => `Het pakket is niet gemaakt: ${detail}`,
    errors: {
      'request-not-found': 'het verzoek bestaat niet (meer).',
      'selection-empty': 'de selectie is leeg.',
      'document-failed': 'dit document kon niet worden verwerkt:',
      'invalid-metadata': 'de DiWoo-metadata van dit document voldoet niet aan het schema:',
      other: 'het archiefsysteem gaf een fout; probeer het opnieuw.',
    },
  },
  log: {
    heading: 'Zoekverantwoording',
    empty: 'Nog niet gezocht.',
    entry: (at, by, text, hits) => `${at} · ${by} · ${text} · ${hits} treffers`,
  },
  failed: 'Dit lukte niet. Probeer het opnieuw.',
};

const EN: WooDeskTexts = {
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

/** The desk's sentences in a language (English falls back to Dutch where not translated). */
export function wooDeskTexts(language: UiLanguage): WooDeskTexts {
  return language === 'en' ? EN : NL;
}
