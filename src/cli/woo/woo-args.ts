import { parseArgs } from 'node:util';
import { type MessageKind, readOrganisationDomains } from '../../core';
import { checkSearchText, isValidZaaknummer, type WooSearchQuery } from '../../core/woo-desk';
import type { ExportOrganisation } from '../../exports';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../texts';
import { siteLocation } from '../shared/site-location';

/** What every `bronvast woo` command needs. */
interface WooCommon {
  readonly graphUrl: string;
  readonly site: SiteLocation;
  readonly lang: UiLanguage;
}

/** `bronvast woo request|search|package`, read. */
export type WooCommand =
  | (WooCommon & {
      readonly kind: 'request';
      readonly zaaknummer: string;
      readonly received: Date;
      readonly text: string;
      readonly requester: string;
      readonly periodFrom?: Date;
      readonly periodTo?: Date;
    })
  | (WooCommon & {
      readonly kind: 'search';
      readonly zaaknummer: string;
      readonly query: WooSearchQuery;
      readonly add: boolean;
      readonly size: number;
    })
  | (WooCommon & {
      readonly kind: 'package';
      readonly zaaknummer: string;
      readonly out: string;
      readonly organisation: ExportOrganisation;
      readonly organisationDomains: readonly string[];
    });

/** Why the command line was refused (exit 2). */
export type WooUsageError =
  | 'unknown-command'
  | 'invalid-option'
  | 'missing-graph-url'
  | 'invalid-site'
  | 'invalid-zaaknummer'
  | 'invalid-date'
  | 'missing-text'
  | 'invalid-query'
  | 'invalid-kind'
  | 'missing-out'
  | 'missing-organisation';

/** The command, or why not with the culprit. */
export type WooCommandLine =
  | { readonly kind: 'command'; readonly command: WooCommand }
  | { readonly kind: 'usage-error'; readonly error: WooUsageError; readonly detail: string };

const OPTIONS = {
  'graph-url': { type: 'string' },
  site: { type: 'string' },
  zaaknummer: { type: 'string' },
  request: { type: 'string' },
  received: { type: 'string' },
  text: { type: 'string' },
  requester: { type: 'string' },
  'period-from': { type: 'string' },
  'period-to': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  dossier: { type: 'string' },
  category: { type: 'string' },
  kind: { type: 'string' },
  size: { type: 'string' },
  add: { type: 'boolean' },
  out: { type: 'string' },
  organisation: { type: 'string' },
  'organisation-name': { type: 'string' },
  'organisation-domains': { type: 'string' },
  lang: { type: 'string' },
} as const;

const fail = (error: WooUsageError, detail = ''): WooCommandLine => ({
  kind: 'usage-error',
  error,
  detail,
});

/** A `YYYY-MM-DD` calendar day as midnight UTC; null when it is no real day. */
export function calendarDay(text: string | undefined): Date | null {
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00Z`);
  return date.toISOString().startsWith(text) ? date : null;
}

const TOOI_ID = /^https:\/\/identifier\.overheid\.nl\/tooi\/id\/[a-z_]+\/[a-z0-9_]+$/;

/**
 * Reads `bronvast woo ...` (the arguments after `woo`). The organisation DiWoo names as
 * publisher comes from `--organisation`/`--organisation-name` or from `BRONVAST_ORGANISATION`
 * and `BRONVAST_ORGANISATION_NAME`; its mail domains (which mail it sent) from
 * `--organisation-domains` or `BRONVAST_ORGANISATION_DOMAINS`.
 */
export function readWooArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): WooCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail('invalid-option', error instanceof Error ? error.message : '');
  }
  const { values, positionals } = parsed;
  const [verb, ...words] = positionals;
  if (verb !== 'request' && verb !== 'search' && verb !== 'package')
    return fail('unknown-command', verb ?? '');
  if (values['graph-url'] === undefined) return fail('missing-graph-url');
  const site = siteLocation(values.site ?? '');
  if (site === null) return fail('invalid-site', values.site ?? '');
  const common: WooCommon = {
    graphUrl: values['graph-url'],
    site,
    lang: values.lang === 'en' ? 'en' : 'nl',
  };
  const zaaknummer = (verb === 'request' ? values.zaaknummer : values.request) ?? '';
  if (!isValidZaaknummer(zaaknummer)) return fail('invalid-zaaknummer', zaaknummer);
  if (verb === 'request') {
    const received = calendarDay(values.received);
    if (received === null) return fail('invalid-date', values.received ?? '');
    if ((values.text ?? '').trim() === '') return fail('missing-text');
    const period = periodOf(values['period-from'], values['period-to']);
    if ('error' in period) return fail('invalid-date', period.error);
    return {
      kind: 'command',
      command: {
        ...common,
        kind: 'request',
        zaaknummer,
        received,
        text: values.text ?? '',
        requester: values.requester ?? '',
        ...period,
      },
    };
  }
  if (verb === 'search') return searchCommand(common, zaaknummer, values, words.join(' '));
  if (values.out === undefined || values.out === '') return fail('missing-out');
  const uri = values.organisation ?? env['BRONVAST_ORGANISATION'] ?? '';
  const name = values['organisation-name'] ?? env['BRONVAST_ORGANISATION_NAME'] ?? '';
  // The form only: whether the TOOI lists know the organisation is checked before writing.
  if (!TOOI_ID.test(uri) || name.trim() === '') return fail('missing-organisation', uri);
  const organisationDomains = readOrganisationDomains(
    values['organisation-domains'] ?? env['BRONVAST_ORGANISATION_DOMAINS'],
  );
  return {
    kind: 'command',
    command: {
      ...common,
      kind: 'package',
      zaaknummer,
      out: values.out,
      organisation: { tooiUri: uri, name },
      organisationDomains,
    },
  };
}

function periodOf(
  from: string | undefined,
  to: string | undefined,
): { periodFrom?: Date; periodTo?: Date } | { error: string } {
  const start = from === undefined ? undefined : calendarDay(from);
  const end = to === undefined ? undefined : calendarDay(to);
  if (start === null) return { error: from ?? '' };
  if (end === null) return { error: to ?? '' };
  return {
    ...(start === undefined ? {} : { periodFrom: start }),
    ...(end === undefined ? {} : { periodTo: end }),
  };
}

function searchCommand(
  common: WooCommon,
  zaaknummer: string,
  values: {
    from?: string;
    to?: string;
    dossier?: string;
    category?: string;
    kind?: string;
    add?: boolean;
    size?: string;
  },
  text: string,
): WooCommandLine {
  const problem = checkSearchText(text);
  if (problem !== null) return fail('invalid-query', problem);
  const period = periodOf(values.from, values.to);
  if ('error' in period) return fail('invalid-date', period.error);
  const kinds: readonly MessageKind[] = ['mail', 'chat'];
  const kind = kinds.find((candidate) => candidate === values.kind);
  if (values.kind !== undefined && kind === undefined) return fail('invalid-kind', values.kind);
  const size = values.size === undefined ? 25 : Number(values.size);
  if (!Number.isInteger(size) || size < 1 || size > 500)
    return fail('invalid-option', `--size ${values.size ?? ''}`);
  const query: WooSearchQuery = {
    text,
    ...(period.periodFrom === undefined ? {} : { from: period.periodFrom }),
    ...(period.periodTo === undefined ? {} : { to: period.periodTo }),
    ...(values.dossier === undefined ? {} : { dossier: values.dossier }),
    ...(values.category === undefined ? {} : { category: values.category }),
    ...(kind === undefined ? {} : { kind }),
  };
  return {
    kind: 'command',
    command: { ...common, kind: 'search', zaaknummer, query, add: values.add === true, size },
  };
}
