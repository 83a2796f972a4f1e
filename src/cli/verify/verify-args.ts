import { parseArgs } from 'node:util';
import { asDossierId, type DossierId } from '../../core';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../texts';
import { langOf } from '../shared/lang-option';
import { recordsManagersGroupOf } from '../shared/records-managers-group';
import { siteLocation } from '../shared/site-location';

/** What `bronvast verify` was asked to do. */
export interface VerifyOptions {
  readonly graphUrl: string;
  readonly site: SiteLocation;
  readonly token: string;
  /** Empty: every record of the library. */
  readonly dossiers: readonly DossierId[];
  readonly recordsManagersGroup: string;
  readonly concurrency: number;
  readonly lang: UiLanguage;
}

/** Why the command line was refused (exit code 2). */
export type VerifyUsageError =
  | 'invalid-option'
  | 'missing-graph-url'
  | 'invalid-site'
  | 'missing-token'
  | 'missing-records-managers-group'
  | 'invalid-concurrency';

/** The command line read: the verification, help, or why not. */
export type VerifyCommand =
  | { readonly kind: 'verify'; readonly options: VerifyOptions }
  | { readonly kind: 'help'; readonly lang: UiLanguage }
  | {
      readonly kind: 'usage-error';
      readonly error: VerifyUsageError;
      readonly detail: string;
      readonly lang: UiLanguage;
    };

const OPTIONS = {
  'graph-url': { type: 'string' },
  site: { type: 'string' },
  dossier: { type: 'string', multiple: true },
  'records-managers-group': { type: 'string' },
  concurrency: { type: 'string', default: '8' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads `bronvast verify [options]` (the arguments after `verify`); the token from `env`. */
export function readVerifyArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): VerifyCommand {
  const lang: UiLanguage = langOf(args) ?? 'nl';
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(args));
  } catch (error) {
    return fail('invalid-option', error instanceof Error ? error.message : '', lang);
  }
  if (values.help === true) return { kind: 'help', lang };
  if (values['graph-url'] === undefined) return fail('missing-graph-url', '', lang);
  const site = siteLocation(values.site ?? '');
  if (site === null) return fail('invalid-site', values.site ?? '', lang);
  const token = env['BRONVAST_GRAPH_TOKEN']?.trim() ?? '';
  if (token === '') return fail('missing-token', 'BRONVAST_GRAPH_TOKEN', lang);
  const group = recordsManagersGroupOf(values['records-managers-group'], env);
  if (group === undefined) return fail('missing-records-managers-group', '', lang);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    return fail('invalid-concurrency', values.concurrency, lang);
  return {
    kind: 'verify',
    options: {
      graphUrl: values['graph-url'],
      site,
      token,
      dossiers: (values.dossier ?? []).map((dossier) => asDossierId(dossier.trim())),
      recordsManagersGroup: group,
      concurrency,
      lang,
    },
  };
}

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: false, strict: true });
}

function fail(error: VerifyUsageError, detail: string, lang: UiLanguage): VerifyCommand {
  return { kind: 'usage-error', error, detail, lang };
}
