import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { asDossierId, type DossierId } from '../../core/ids';
import type { ReviewStatus } from '../../core/records/record-metadata';
import type { ExportOrganisation } from '../../exports';
import { isTooiOrganisation } from '../../exports/export-config';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../host/language';

/** What `bronvast export` was asked to do. */
export interface ExportOptions {
  readonly format: 'inventaris' | 'diwoo' | 'mdto';
  readonly graphUrl: string;
  readonly site: SiteLocation;
  /** Empty with `--all`. */
  readonly dossiers: readonly DossierId[];
  readonly status?: ReviewStatus;
  readonly out: string;
  /** For `inventaris`: by the extension of `--out`. */
  readonly fileFormat: 'xlsx' | 'csv' | 'folder';
  readonly organisation?: ExportOrganisation;
  readonly matter?: string;
  /** The records managers' group: a status other than `te-beoordelen` counts when one of them set it. */
  readonly recordsManagersGroup?: string;
  readonly lang: UiLanguage;
}

/** Why the export's command line was refused (exit code 2). */
export type ExportUsageError =
  | 'unknown-format'
  | 'invalid-option'
  | 'missing-graph-url'
  | 'invalid-site'
  | 'missing-selection'
  | 'both-selections'
  | 'unknown-status'
  | 'missing-out'
  | 'unknown-extension'
  | 'missing-organisation'
  | 'invalid-organisation';

/** The command line read: the export, or why not, with the detail that names the culprit. */
export type ExportCommand =
  | { readonly kind: 'export'; readonly options: ExportOptions }
  | { readonly kind: 'usage-error'; readonly error: ExportUsageError; readonly detail: string };

const OPTIONS = {
  'graph-url': { type: 'string' },
  site: { type: 'string' },
  dossier: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  status: { type: 'string' },
  out: { type: 'string' },
  organisation: { type: 'string' },
  'organisation-name': { type: 'string' },
  matter: { type: 'string' },
  'records-managers-group': { type: 'string' },
  lang: { type: 'string' },
} as const;

const FORMATS = ['inventaris', 'diwoo', 'mdto'] as const;
const STATUSES: readonly ReviewStatus[] = ['te-beoordelen', 'geaccepteerd', 'afgewezen'];
type Values = ReturnType<typeof parse>['values'];
const fail = (error: ExportUsageError, detail = ''): ExportCommand => ({
  kind: 'usage-error',
  error,
  detail,
});

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
}

/** Reads `bronvast export FORMAT [options]` (the arguments after `export`). */
export function readExportArgs(args: readonly string[]): ExportCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    return fail('invalid-option', error instanceof Error ? error.message : '');
  }
  const { values, positionals } = parsed;
  const format = FORMATS.find((candidate) => candidate === positionals[0]);
  if (format === undefined) return fail('unknown-format', positionals[0] ?? '');
  if (values['graph-url'] === undefined) return fail('missing-graph-url');
  const site = /^([^:/]+):(\/.+)$/.exec(values.site ?? '');
  if (site?.[1] === undefined || site[2] === undefined)
    return fail('invalid-site', values.site ?? '');
  const dossiers = (values.dossier ?? []).map((value) => asDossierId(value.trim()));
  if (dossiers.length === 0 && values.all !== true) return fail('missing-selection');
  if (dossiers.length > 0 && values.all === true) return fail('both-selections');
  const status = STATUSES.find((candidate) => candidate === values.status);
  if (values.status !== undefined && status === undefined)
    return fail('unknown-status', values.status);
  if (values.out === undefined || values.out === '') return fail('missing-out');
  const fileFormat = fileFormatOf(format, values.out);
  if (fileFormat === null) return fail('unknown-extension', values.out);
  const organisation = organisationOf(format, values);
  if ('error' in organisation) return fail(organisation.error, values.organisation ?? '');
  return {
    kind: 'export',
    options: {
      format,
      graphUrl: values['graph-url'],
      site: { hostname: site[1], path: site[2] },
      dossiers,
      ...(status === undefined ? {} : { status }),
      out: values.out,
      fileFormat,
      ...organisation,
      ...(values.matter === undefined ? {} : { matter: values.matter }),
      ...(values['records-managers-group'] === undefined
        ? {}
        : { recordsManagersGroup: values['records-managers-group'] }),
      lang: values.lang === 'en' ? 'en' : 'nl',
    },
  };
}

function fileFormatOf(
  format: ExportOptions['format'],
  out: string,
): ExportOptions['fileFormat'] | null {
  if (format !== 'inventaris') return 'folder';
  const extension = extname(out).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
}

function organisationOf(
  format: ExportOptions['format'],
  values: Values,
): { organisation?: ExportOrganisation } | { error: ExportUsageError } {
  const uri = values.organisation;
  if (uri === undefined) return format === 'inventaris' ? {} : { error: 'missing-organisation' };
  if (!isTooiOrganisation(uri)) return { error: 'invalid-organisation' };
  return { organisation: { tooiUri: uri, name: values['organisation-name'] ?? '' } };
}
