import { parseArgs } from 'node:util';
import { readOrganisationDomains } from '../../core';
import type { UiLanguage } from '../../texts';
import type { SiteLocation } from '../../graph';
import { recordsManagersGroupOf } from '../shared/records-managers-group';
import { langOf } from '../shared/lang-option';
import { maxSizeOf } from '../shared/max-size-option';
import { usageErrorFrom, type CommandLine, type UsageError } from '../shared/usage-error';
import { siteLocation } from '../shared/site-location';

/** The environment variable that holds the access token for Graph. */
const TOKEN_VARIABLE = 'BRONVAST_GRAPH_TOKEN';

/** What `bronvast assess` was asked to do. */
export interface AssessOptions {
  readonly paths: readonly string[];
  readonly dossiersFile?: string;
  readonly historyFile?: string;
  /** `--relevance-adjustment`: the organisation's learnt adjustment, as stored in the site. */
  readonly relevanceAdjustmentFile?: string;
  /** `--site` (with `--graph-url` and the token): learn from the record system, as the pane does. */
  readonly recordSystem?: AssessRecordSystem;
  readonly organisationDomains: readonly string[];
  /** `--max-size MB`: the largest mail (file or JSONL line) read, in bytes. */
  readonly maxMailBytes?: number;
  readonly lang: UiLanguage;
}

/** Where `bronvast assess --site` reads the registry, the history and the adjustment. */
export interface AssessRecordSystem {
  readonly graphUrl: string;
  readonly site: SiteLocation;
  readonly token: string;
  /** The records managers' group, which vouches for the stored adjustment. */
  readonly recordsManagersGroup?: string;
}

/** `bronvast assess` read: run an assessment, show help, or a usage error with its detail. */
export type AssessCommandLine = CommandLine<'assess', AssessOptions>;

const OPTIONS = {
  dossiers: { type: 'string' },
  history: { type: 'string' },
  'relevance-adjustment': { type: 'string' },
  site: { type: 'string' },
  'graph-url': { type: 'string', default: 'https://graph.microsoft.com/v1.0' },
  'organisation-domains': { type: 'string' },
  'records-managers-group': { type: 'string' },
  'max-size': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Reads `bronvast <command> [options] PATH...`; never exits, never prints. Without
 * `--organisation-domains` the organisation's domains come from `BRONVAST_ORGANISATION_DOMAINS`
 * in `env`, the setting the add-in is built with, so both assess a mail alike.
 */
export function readCommandLine(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): AssessCommandLine {
  const lang = langOf(args);
  const parsed = tryParse(args);
  if (!parsed.ok) return usageErrorFrom(parsed.error, lang);
  const { values, positionals } = parsed.result;
  if (values.help === true) return { kind: 'help', lang: lang ?? 'nl' };
  if (lang === undefined) {
    return { kind: 'usage-error', error: 'invalid-lang', detail: values.lang ?? '', lang: 'nl' };
  }
  const [command, ...paths] = positionals;
  if (command === undefined)
    return { kind: 'usage-error', error: 'missing-command', detail: '', lang };
  if (command !== 'assess')
    return { kind: 'usage-error', error: 'unknown-command', detail: command, lang };
  if (paths.length === 0) return { kind: 'usage-error', error: 'missing-path', detail: '', lang };
  const group = recordsManagersGroupOf(values['records-managers-group'], env);
  const recordSystem = recordSystemOf(values.site, values['graph-url'], env, group);
  if (recordSystem !== undefined && 'error' in recordSystem) return { ...recordSystem, lang };
  const maxMailBytes = maxSizeOf(values['max-size']);
  if (maxMailBytes === null) {
    return {
      kind: 'usage-error',
      error: 'invalid-max-size',
      detail: values['max-size'] ?? '',
      lang,
    };
  }
  const options: AssessOptions = {
    paths,
    ...(values.dossiers === undefined ? {} : { dossiersFile: values.dossiers }),
    ...(values.history === undefined ? {} : { historyFile: values.history }),
    ...(values['relevance-adjustment'] === undefined
      ? {}
      : { relevanceAdjustmentFile: values['relevance-adjustment'] }),
    ...(recordSystem === undefined ? {} : { recordSystem }),
    organisationDomains: readOrganisationDomains(
      values['organisation-domains'] ?? env['BRONVAST_ORGANISATION_DOMAINS'],
    ),
    maxMailBytes,
    lang,
  };
  return { kind: 'assess', options };
}

function recordSystemOf(
  site: string | undefined,
  graphUrl: string,
  env: Readonly<Record<string, string | undefined>>,
  recordsManagersGroup: string | undefined,
): AssessRecordSystem | { kind: 'usage-error'; error: UsageError; detail: string } | undefined {
  if (site === undefined) return undefined;
  const location = siteLocation(site);
  if (location === null) return { kind: 'usage-error', error: 'invalid-site', detail: site };
  const token = env[TOKEN_VARIABLE]?.trim() ?? '';
  if (token === '') return { kind: 'usage-error', error: 'missing-token', detail: TOKEN_VARIABLE };
  return {
    graphUrl,
    site: location,
    token,
    ...(recordsManagersGroup === undefined ? {} : { recordsManagersGroup }),
  };
}

function tryParse(args: readonly string[]) {
  try {
    const result = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
    return { ok: true, result } as const;
  } catch (error) {
    return { ok: false, error } as const;
  }
}
