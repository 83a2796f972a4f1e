import type { DossierId, RecordId } from '../core';
import type { EventFacts, ManagerSet } from '../core/trust';
import type {
  AuditEvent,
  ContentVersion,
  CoverageSummaryRow,
  MoveOutcome,
  RecordContent,
  RecordVersion,
  RegisteredDossier,
  ReviewAction,
  ReviewFilter,
  ReviewItem,
  ReviewOutcome,
  ReviewPage,
  ReviewTarget,
} from '../graph';
import type { DashboardRecord } from './dashboard/dashboard-record';
import type { CompleteForExport } from './queue/export-download';

/** Who is signed in on the page. */
export interface ReviewUser {
  readonly address: string;
  readonly displayName: string;
}

/** The coverage per team and week of the recent weeks, or the site has no coverage list yet. */
export type CoverageFigures =
  | { readonly kind: 'figures'; readonly rows: readonly CoverageSummaryRow[] }
  | { readonly kind: 'list-missing' };

/** What the review page calls; index.tsx builds it from the Graph client, tests from fakes. */
export interface ReviewServices {
  readonly user: ReviewUser;
  /** The records managers: the members of their Entra ID group, read through Graph. */
  readonly managers: () => Promise<ManagerSet>;
  /** The audit events some links name (the last events of a page of records); gone ones left out. */
  readonly auditEvents: (links: readonly string[]) => Promise<ReadonlyMap<string, EventFacts>>;
  /** A record's chain of audit events, followed back from its link. */
  readonly auditChain: (item: ReviewItem) => Promise<ReadonlyMap<string, EventFacts>>;
  /** The versions of a record's file, with their sizes and authors. */
  readonly contentVersions: (id: RecordId) => Promise<readonly ContentVersion[]>;
  readonly dossiers: () => Promise<readonly RegisteredDossier[]>;
  readonly queue: (filter: ReviewFilter, nextLink?: string) => Promise<ReviewPage>;
  readonly reload: (id: RecordId) => Promise<ReviewItem | null>;
  readonly apply: (
    targets: readonly ReviewTarget[],
    action: ReviewAction,
  ) => Promise<ReviewOutcome[]>;
  readonly move: (ids: readonly RecordId[], dossier: DossierId) => Promise<MoveOutcome[]>;
  readonly versions: (id: RecordId) => Promise<RecordVersion[]>;
  readonly audit: (dedupKey: string, id: RecordId) => Promise<AuditEvent[]>;
  readonly content: (id: RecordId) => Promise<RecordContent>;
  /**
   * Every record's dashboard columns; `onProgress` gets the records read so far (newest first)
   * after each page, so the figures can be drawn before the last page is in.
   */
  readonly dashboard: (
    onProgress?: (records: readonly DashboardRecord[]) => void,
  ) => Promise<DashboardRecord[]>;
  /** The officers' coverage reports, the newest of each mailbox summed per team and week. */
  readonly coverage: () => Promise<CoverageFigures>;
  /**
   * Adds to records what an export needs besides their columns (file sizes, attachments each
   * assessed on their own text), read from the record system; absent where the page exports
   * the columns only.
   */
  readonly completeForExport?: CompleteForExport;
  /** Learning from an accept or reject of these records; absent where the page does not learn. */
  readonly learn?: (items: readonly ReviewItem[], action: ReviewAction) => Promise<void>;
  /** How many decisions the stored relevance adjustment holds; absent where the page does not learn. */
  readonly learntDecisions?: () => Promise<number>;
  /** Stores the empty adjustment: the shipped weights apply again everywhere. */
  readonly resetLearning?: () => Promise<void>;
}
