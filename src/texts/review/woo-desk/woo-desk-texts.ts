import type { WooEventKind } from '../../../core/woo-desk';
import type { DisclosureLevel } from '../../../core/woo-codes';

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
