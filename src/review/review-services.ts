import type { DossierId, RecordId } from '../core/ids';
import type {
  AuditEvent,
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

/** What the review page calls; index.tsx builds it from the Graph client, tests from fakes. */
export interface ReviewServices {
  readonly user: ReviewUser;
  /** The addresses of the records managers (see records-managers.ts). */
  readonly recordsManagers: readonly string[];
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
  readonly dashboard: () => Promise<DashboardRecord[]>;
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
