import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import {
  asDossierId,
  type DossierId,
  readOrganisationDomains,
  REVIEW_STATUSES,
  type ReviewStatus,
} from '../../core';
import {
  checkInventoryOptions,
  isPublicationUrl,
  type PublicationContext,
  type WaarderingCode,
} from '../../exports';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../texts';

/** What `bronvast export` was asked to do. */
export interface ExportOptions {
  readonly format: 'inventaris' | 'diwoo' | 'mdto';
  readonly graphUrl: string;
  readonly site: SiteLocation;
  /** Empty with `--all`. */
  readonly dossiers: readonly DossierId[];
  /** Absent: every status (`--status alle`). */
  readonly status?: ReviewStatus;
  readonly out: string;
  /** For `inventaris`: by the extension of `--out`. */
  readonly fileFormat: 'xlsx' | 'csv' | 'folder';
  /** The TOOI id and name given; checked against the TOOI lists before anything is read. */
  readonly organisation?: { readonly tooiUri: string; readonly name: string };
  readonly organisationDomains: readonly string[];
  readonly matter?: string;
  /** The records managers' group: a status other than `te-beoordelen` counts when one of them set it. */
  readonly recordsManagersGroup?: string;
  readonly zaaknummer?: string;
  readonly context: PublicationContext;
  readonly waardering: WaarderingCode;
  /** DiWoo: the publication site's URL prefix for a harvestable sitemap. */
  readonly sitemap?: string;
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
  | 'missing-organisation-name'
  | 'missing-organisation-domains'
  | 'invalid-organisation'
  | 'invalid-matter'
  | 'invalid-zaaknummer'
  | 'unknown-context'
  | 'unknown-waardering'
  | 'invalid-sitemap';

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
  'organisation-domains': { type: 'string' },
  matter: { type: 'string' },
  'records-managers-group': { type: 'string' },
  zaaknummer: { type: 'string' },
  context: { type: 'string' },
  waardering: { type: 'string' },
  sitemap: { type: 'string' },
  lang: { type: 'string' },
} as const;

const FORMATS = ['inventaris', 'diwoo', 'mdto'] as const;
const TOOI_ID = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z]+\/[a-z0-9_]+$/;
const CONTEXTS: readonly PublicationContext[] = ['actief', 'woo-verzoek'];
const WAARDERINGEN: readonly WaarderingCode[] = ['B', 'V', 'N'];
type Values = ReturnType<typeof parse>['values'];
type Format = ExportOptions['format'];
type Refusal = { readonly error: ExportUsageError; readonly detail: string };
const fail = (error: ExportUsageError, detail = ''): ExportCommand => ({
  kind: 'usage-error',
  error,
  detail,
});

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
}

/**
 * Reads `bronvast export FORMAT [options]` (the arguments after `export`). The organisation's
 * domains come from `--organisation-domains`, else from `BRONVAST_ORGANISATION_DOMAINS`.
 */
export function readExportArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): ExportCommand {
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
  const status = statusOf(format, values.status);
  if (status === null) return fail('unknown-status', values.status ?? '');
  if (values.out === undefined || values.out === '') return fail('missing-out');
  const fileFormat = fileFormatOf(format, values.out);
  if (fileFormat === null) return fail('unknown-extension', values.out);
  const domains = readOrganisationDomains(
    values['organisation-domains'] ?? env['BRONVAST_ORGANISATION_DOMAINS'],
  );
  const refusal = refusalOf(format, values, domains);
  if (refusal !== null) return fail(refusal.error, refusal.detail);
  return {
    kind: 'export',
    options: {
      format,
      graphUrl: values['graph-url'],
      site: { hostname: site[1], path: site[2] },
      dossiers,
      ...(status === 'alle' ? {} : { status }),
      out: values.out,
      fileFormat,
      ...(values.organisation === undefined
        ? {}
        : {
            organisation: {
              tooiUri: values.organisation.trim(),
              name: (values['organisation-name'] ?? '').trim(),
            },
          }),
      organisationDomains: domains,
      ...(values.matter === undefined ? {} : { matter: values.matter }),
      ...(values['records-managers-group'] === undefined
        ? {}
        : { recordsManagersGroup: values['records-managers-group'] }),
      ...(values.zaaknummer === undefined ? {} : { zaaknummer: values.zaaknummer }),
      context: CONTEXTS.find((known) => known === values.context) ?? 'actief',
      waardering: WAARDERINGEN.find((known) => known === values.waardering) ?? 'N',
      ...(values.sitemap === undefined ? {} : { sitemap: values.sitemap }),
      lang: values.lang === 'en' ? 'en' : 'nl',
    },
  };
}

// The inventory lists decisions: by default only records a records manager accepted.
function statusOf(format: Format, value: string | undefined): ReviewStatus | 'alle' | null {
  if (value === undefined) return format === 'inventaris' ? 'geaccepteerd' : 'alle';
  if (value === 'alle') return 'alle';
  return REVIEW_STATUSES.find((candidate) => candidate === value) ?? null;
}

function fileFormatOf(format: Format, out: string): ExportOptions['fileFormat'] | null {
  if (format !== 'inventaris') return 'folder';
  const extension = extname(out).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
}

function refusalOf(format: Format, values: Values, domains: readonly string[]): Refusal | null {
  const refuse = (error: ExportUsageError, detail = '') => ({ error, detail });
  const inventory = checkInventoryOptions({
    ...(values.matter === undefined ? {} : { matter: values.matter }),
    ...(values.zaaknummer === undefined ? {} : { zaaknummer: values.zaaknummer }),
  });
  if (inventory !== null) return refuse(inventory, values.matter ?? values.zaaknummer ?? '');
  if (values.context !== undefined && !CONTEXTS.some((known) => known === values.context))
    return refuse('unknown-context', values.context);
  if (values.waardering !== undefined && !WAARDERINGEN.some((known) => known === values.waardering))
    return refuse('unknown-waardering', values.waardering);
  if (values.sitemap !== undefined && (format !== 'diwoo' || !isPublicationUrl(values.sitemap)))
    return refuse('invalid-sitemap', values.sitemap);
  if (format === 'inventaris') return null;
  if (values.organisation === undefined) return refuse('missing-organisation');
  if (!TOOI_ID.test(values.organisation.trim()))
    return refuse('invalid-organisation', values.organisation);
  if ((values['organisation-name'] ?? '').trim() === '') return refuse('missing-organisation-name');
  if (domains.length === 0) return refuse('missing-organisation-domains');
  return null;
}
