import type {
  Deadline,
  DocumentDecision,
  DuplicateFinding,
  WooEvent,
  WooRequest,
  WooSearchQuery,
} from '../../core/woo-desk';
import type {
  DecisionPackageSummary,
  DocumentOutcome,
  LoadedDocument,
  PackageProgress,
} from '../../filing/woo';
import type {
  RedactionDecisions,
  SaveDecisionsResult,
  SelectedDocument,
  StoredWooRequest,
  WooLog,
  WooSearchPage,
} from '../../graph/woo';

/** A request on the desk's overview, with its clock. */
export interface RequestOverview {
  readonly stored: StoredWooRequest;
  readonly deadline: Deadline;
  readonly events: readonly WooEvent[];
}

/** The desk's overview: every request, and the average handling time of those decided. */
export interface DeskOverview {
  readonly requests: readonly RequestOverview[];
  readonly average: { readonly days: number; readonly decided: number } | null;
}

/** One document of the selection as the desk shows it. */
export interface SelectionDocument {
  readonly document: LoadedDocument;
  readonly stored?: SelectedDocument;
  readonly outcome: DocumentOutcome;
  readonly duplicate?: DuplicateFinding;
}

/** The selection as threads, attachments under their mail. */
export interface DeskSelection {
  readonly threads: readonly {
    readonly id: string;
    readonly documents: readonly SelectionDocument[];
  }[];
}

/** A finished decision package, ready to be offered as a download. */
export interface PackageDownload {
  readonly blob: Blob;
  readonly fileName: string;
  readonly summary: DecisionPackageSummary;
}

/** A new request as the coordinator enters it. */
export type NewWooRequest = Omit<WooRequest, 'status' | 'closedAt'>;

/** What the Woo desk calls; the composition root builds it over Graph, tests over fakes. */
export interface WooDeskServices {
  readonly overview: () => Promise<DeskOverview>;
  readonly create: (request: NewWooRequest) => Promise<'created' | 'zaaknummer-taken'>;
  readonly recordEvent: (request: StoredWooRequest, event: WooEvent) => Promise<void>;
  /** One page of a search; the first page of a run is kept in the request's log. */
  readonly search: (
    zaaknummer: string,
    query: WooSearchQuery,
    from: number,
  ) => Promise<WooSearchPage>;
  readonly add: (zaaknummer: string, recordIds: readonly string[]) => Promise<number>;
  readonly selection: (zaaknummer: string) => Promise<DeskSelection>;
  readonly saveDecision: (
    zaaknummer: string,
    document: SelectionDocument,
    decision: DocumentDecision,
  ) => Promise<void>;
  readonly saveRedactions: (
    zaaknummer: string,
    document: SelectionDocument,
    decisions: RedactionDecisions,
  ) => Promise<SaveDecisionsResult>;
  readonly log: (zaaknummer: string) => Promise<WooLog>;
  readonly buildPackage: (
    zaaknummer: string,
    onProgress: (progress: PackageProgress) => void,
  ) => Promise<PackageDownload>;
}
