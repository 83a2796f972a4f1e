import type { ExportChoice, ExportOutcome } from './export-download';

/** Where an export stands on the page. */
export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | {
      readonly kind: 'ready';
      readonly url: string;
      readonly choice: ExportChoice;
      readonly outcome: Extract<ExportOutcome, { kind: 'ready' }>;
    }
  | Exclude<ExportOutcome, { kind: 'ready' }>
  | { readonly kind: 'failed' };
