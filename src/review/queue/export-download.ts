import type { ExportOrganisation, ExportRecord } from '../../exports';

/** The formats the review page exports: the Woo inventory list, or DiWoo or MDTO as one zip. */
export type ExportChoice = 'xlsx' | 'csv' | 'diwoo' | 'mdto';

/** Every format, in the order the page offers them. */
export const EXPORT_CHOICES: readonly ExportChoice[] = ['xlsx', 'csv', 'diwoo', 'mdto'];

/** What an export needs read besides the columns: file sizes (MDTO), attachments (inventory). */
export interface ExportNeeds {
  readonly sizes: boolean;
  readonly attachments: boolean;
}

/** Adds sizes and attachments (each assessed on its own text) to records, from the record system. */
export type CompleteForExport = (
  records: readonly ExportRecord[],
  needs: ExportNeeds,
) => Promise<readonly ExportRecord[]>;

/** What the page's exports take from its configuration. */
export interface ExportSetup {
  readonly organisation: ExportOrganisation;
  readonly organisationDomains: readonly string[];
  /** Absent: the records are exported with their columns only (no attachment rows, no bestand). */
  readonly complete?: CompleteForExport;
}

/** A finished export, ready to be offered as a download, or why there is none. */
export type ExportOutcome =
  | {
      readonly kind: 'ready';
      readonly blob: Blob;
      readonly fileName: string;
      /** Inventory rows (attachments count), or XML files in the zip. */
      readonly count: number;
      /** Inventory rows stating "Niet openbaar" for a document nobody assessed. */
      readonly unassessed: number;
      /** Attachment rows carrying Bronvast's assessment of their own text. */
      readonly assessedOnOwnText: number;
      /** Records written with less than the format needs. */
      readonly incomplete: number;
    }
  | { readonly kind: 'invalid'; readonly records: readonly string[] }
  | { readonly kind: 'unlisted-organisation' };

type Progress = (progress: { readonly done: number; readonly total: number }) => void;

/**
 * Builds the download of some records in one format, loading the export code only now (it is
 * large, and most visits export nothing): the records completed from the record system, the
 * files written and each validated (XML against its schema, the .xlsx for well-formed parts).
 */
export async function buildExportDownload(
  loaded: readonly ExportRecord[],
  choice: ExportChoice,
  setup: ExportSetup,
  onProgress: Progress,
): Promise<ExportOutcome> {
  const exports = await import('../../exports');
  const inventory = choice === 'xlsx' || choice === 'csv';
  const needs = { sizes: choice === 'mdto', attachments: inventory };
  const records = setup.complete === undefined ? loaded : await setup.complete(loaded, needs);
  if (inventory) {
    const organisation = setup.organisation;
    const file = await exports.exportInventory(records, {
      format: choice,
      organisation,
      onProgress,
      validator: exports.checkWellFormedInBrowser,
    });
    if (file.kind === 'invalid')
      return { kind: 'invalid', records: file.invalid.map((i) => i.record) };
    if (file.kind === 'refused') return { kind: 'invalid', records: [] };
    const blob = new Blob([new Uint8Array(file.bytes)], { type: file.mimeType });
    return {
      kind: 'ready',
      blob,
      fileName: `inventarislijst.${choice}`,
      count: file.counts.rows,
      unassessed: file.counts.unassessed,
      assessedOnOwnText: file.counts.assessedOnOwnText,
      incomplete: file.gaps.length,
    };
  }
  if (typeof (await exports.findTooiOrganisation(setup.organisation.tooiUri)) === 'string')
    return { kind: 'unlisted-organisation' };
  const config = {
    organisation: setup.organisation,
    organisationDomains: setup.organisationDomains,
  };
  const written = await exports.exportXml(records, {
    format: choice,
    config,
    onProgress,
    validator: exports.checkWellFormedInBrowser,
  });
  if (written.kind === 'invalid')
    return { kind: 'invalid', records: [...new Set(written.invalid.map((i) => i.record))] };
  const zip = await exports.zipExportFiles(written.files);
  const blob = new Blob([new Uint8Array(zip)], { type: 'application/zip' });
  return {
    kind: 'ready',
    blob,
    fileName: `${choice}.zip`,
    count: written.files.length,
    unassessed: 0,
    assessedOnOwnText: 0,
    incomplete: written.gaps.length,
  };
}
