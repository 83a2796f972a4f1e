import type { UiLanguage } from '../language';
import type { LocalFilterCode, ReviewAuditCode } from '../../graph';
import type { RecordWarning } from '../../core/records';
import type { DashboardTexts } from './dashboard/dashboard-texts';
import type { DateTexts } from './dates/date-texts';
import type { LabelTexts } from './labels/label-texts';
import type { ReclassifyTexts } from './reclassify/reclassify-texts';
import type { ExportTexts } from './export/export-texts';

/** The review page's sentences, in one language. */
export interface ReviewTexts {
  readonly language: UiLanguage;
  readonly title: string;
  readonly signedInAs: (name: string) => string;
  /** The signed-in person is not in the records managers' Entra ID group. */
  readonly notRecordsManager: (address: string) => string;
  /** The records managers' group could not be read. */
  readonly managersUnknown: (address: string) => string;
  readonly tabs: { readonly queue: string; readonly dashboard: string };
  readonly filters: {
    readonly heading: string;
    readonly status: string;
    readonly dossier: string;
    readonly category: string;
    readonly assessment: string;
    readonly source: string;
    readonly filedBy: string;
    readonly from: string;
    readonly to: string;
    readonly changed: string;
    readonly subject: string;
    readonly any: string;
    readonly apply: string;
    readonly localOnly: (codes: readonly LocalFilterCode[], hidden: number) => string;
  };
  readonly statuses: Readonly<Record<'te-beoordelen' | 'geaccepteerd' | 'afgewezen', string>>;
  readonly levels: Readonly<
    Record<'openbaar' | 'deels-openbaar' | 'niet-openbaar' | 'reeds-openbaar' | 'none', string>
  >;
  readonly sources: { readonly mail: string; readonly chat: string };
  readonly columns: {
    readonly subject: string;
    readonly dossier: string;
    readonly status: string;
    readonly assessment: string;
    readonly filedBy: string;
    readonly filedAt: string;
  };
  readonly grid: {
    readonly label: string;
    readonly empty: string;
    readonly loading: string;
    readonly more: string;
    readonly selected: (count: number) => string;
    readonly noSubject: string;
  };
  /** Beside an export: what its rows rest on, or why no file was made. */
  readonly exports: ExportTexts;
  readonly actions: {
    readonly accept: string;
    readonly reject: string;
    readonly reclassify: string;
    readonly move: string;
    readonly export: string;
    readonly exportProgress: (done: number, total: number) => string;
    readonly exportReady: (choice: 'xlsx' | 'csv' | 'diwoo' | 'mdto', count: number) => string;
    readonly exportFormat: string;
    readonly exportFormats: Readonly<Record<'xlsx' | 'csv' | 'diwoo' | 'mdto', string>>;
    readonly reason: string;
    readonly reasonRequired: string;
    readonly targetDossier: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly done: (count: number) => string;
    readonly changedMeanwhile: (count: number) => string;
    readonly forbidden: (count: number) => string;
    readonly notFound: (count: number) => string;
    readonly failed: (count: number) => string;
    readonly fileMissing: (count: number) => string;
  };
  readonly detail: {
    readonly heading: string;
    readonly none: string;
    readonly metadata: string;
    readonly reasons: string;
    readonly content: string;
    readonly download: string;
    readonly versions: string;
    readonly audit: string;
    readonly flagged: string;
    readonly noVersions: string;
    readonly noAudit: string;
    readonly loading: string;
    readonly unreadable: string;
    readonly unknownPerson: string;
    readonly auditActions: Readonly<Record<ReviewAuditCode, string>> &
      Readonly<Record<string, string>>;
    readonly reasonLabel: string;
    readonly chatFrame: string;
  };
  readonly warnings: Readonly<Record<RecordWarning, string>>;
  readonly trust: {
    readonly heading: string;
    readonly loading: string;
    readonly failed: string;
    readonly honest: string;
    /** The queue's badge: a status no records manager's review backs. */
    readonly unconfirmed: string;
    readonly contentChanged: (from: number, to: number) => string;
  };
  readonly errors: {
    readonly forbidden: string;
    readonly unauthenticated: string;
    readonly load: string;
    readonly siteMissing: string;
  };
  readonly learning: {
    readonly heading: string;
    readonly explanation: string;
    readonly decisions: (count: number) => string;
    readonly reset: string;
    readonly confirmTitle: string;
    readonly confirmText: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly done: string;
    readonly failed: string;
    readonly loading: string;
  };
  readonly dashboard: DashboardTexts;
  readonly labels: LabelTexts;
  readonly reclassify: ReclassifyTexts;
  readonly dates: DateTexts;
  readonly layout: {
    /** The separator between the queue and the open record, moved with the arrow keys. */
    readonly splitter: string;
    /** The actions on the open record, in its detail. */
    readonly recordActions: string;
    readonly closeDetail: string;
  };
}
