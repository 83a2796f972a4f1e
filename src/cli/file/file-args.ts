import { parseArgs } from 'node:util';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../texts';
import { langOf } from '../shared/lang-option';
import { splitList } from '../shared/list-option';
import { maxSizeOf } from '../shared/max-size-option';
import { usageErrorFrom, type CommandLine, type UsageError } from '../shared/usage-error';
import { recordsManagersGroupOf } from '../shared/records-managers-group';
import { siteLocation } from '../shared/site-location';

/** The environment variable that holds the access token for Graph. */
export const TOKEN_VARIABLE = 'BRONVAST_GRAPH_TOKEN';

/** What `bronvast file` was asked to do. */
export interface FileOptions {
  readonly paths: readonly string[];
  readonly graphUrl: string;
  readonly site: SiteLocation;
  readonly token: string;
  /** `--dossier KENMERK`: everything into this dossier. */
  readonly dossier?: string;
  readonly all: boolean;
  readonly dryRun: boolean;
  readonly concurrency: number;
  readonly reportFile?: string;
  /** `--max-size MB`: the largest mail (file or JSONL line) read, in bytes. */
  readonly maxMailBytes?: number;
  readonly organisationDomains: readonly string[];
  /** The records managers' group, which vouches for the stored adjustment. */
  readonly recordsManagersGroup?: string;
  readonly lang: UiLanguage;
}

/** `bronvast file` read: file the mail, show its help, or a usage error with its detail. */
export type FileCommandLine = CommandLine<'file', FileOptions>;

const OPTIONS = {
  'graph-url': { type: 'string', default: 'https://graph.microsoft.com/v1.0' },
  site: { type: 'string' },
  dossier: { type: 'string' },
  all: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  concurrency: { type: 'string', default: '4' },
  report: { type: 'string' },
  'organisation-domains': { type: 'string' },
  'records-managers-group': { type: 'string' },
  'max-size': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads `bronvast file [options] PATH...` (the arguments after `file`); never exits, never prints. */
export function readFileCommandLine(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): FileCommandLine {
  const lang = langOf(args);
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return usageErrorFrom(error, lang);
  }
  const { values, positionals: paths } = parsed;
  if (values.help === true) return { kind: 'help', lang: lang ?? 'nl', command: 'file' };
  if (lang === undefined) return usage('invalid-lang', values.lang ?? '', 'nl');
  if (values.site === undefined) return usage('missing-site', '', lang);
  const site = siteLocation(values.site);
  if (site === null) return usage('invalid-site', values.site, lang);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    return usage('invalid-concurrency', values.concurrency, lang);
  }
  const maxMailBytes = maxSizeOf(values['max-size']);
  if (maxMailBytes === null) return usage('invalid-max-size', values['max-size'] ?? '', lang);
  const token = env[TOKEN_VARIABLE];
  if (token === undefined || token.trim() === '')
    return usage('missing-token', TOKEN_VARIABLE, lang);
  if (paths.length === 0) return usage('missing-path', '', lang);
  const domains = values['organisation-domains'] ?? env['BRONVAST_ORGANISATION_DOMAINS'];
  const options: FileOptions = {
    paths,
    graphUrl: values['graph-url'],
    site,
    token: token.trim(),
    ...(values.dossier === undefined ? {} : { dossier: values.dossier }),
    all: values.all,
    dryRun: values['dry-run'],
    concurrency,
    ...(values.report === undefined ? {} : { reportFile: values.report }),
    maxMailBytes,
    organisationDomains: splitList(domains),
    ...groupOf(values['records-managers-group'], env),
    lang,
  };
  return { kind: 'file', options };
}

function groupOf(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { recordsManagersGroup?: string } {
  const group = recordsManagersGroupOf(option, env);
  return group === undefined ? {} : { recordsManagersGroup: group };
}

function usage(error: UsageError, detail: string, lang: UiLanguage): FileCommandLine {
  return { kind: 'usage-error', error, detail, lang };
}
