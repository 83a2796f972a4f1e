import { parseArgs } from 'node:util';
import type { SiteLocation } from '../../graph';
import type { UiLanguage } from '../../texts';
import { siteLocation } from '../shared/site-location';

/** What `bronvast doctor` checks, and with which token. */
export interface DoctorOptions {
  readonly graphUrl: string;
  readonly site: SiteLocation;
  readonly token: string;
  readonly lang: UiLanguage;
}

/** The command line read: the check, help, or why not (exit code 2). */
export type DoctorCommand =
  | { readonly kind: 'doctor'; readonly options: DoctorOptions }
  | { readonly kind: 'help'; readonly lang: UiLanguage }
  | {
      readonly kind: 'usage-error';
      readonly lang: UiLanguage;
      readonly problem: DoctorUsageProblem;
    };

/** What is wrong with the command line. */
export type DoctorUsageProblem = 'invalid-option' | 'invalid-site' | 'missing-token';

/** The variable the token comes from; never the command line. */
export const TOKEN_VARIABLE = 'BRONVAST_GRAPH_TOKEN';

/** Reads `bronvast doctor --site HOST:/sites/PATH [--graph-url URL] [--lang nl|en] [--records NAME ...]`. */
export function readDoctorArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): DoctorCommand {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        'graph-url': { type: 'string', default: 'https://graph.microsoft.com/v1.0' },
        site: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
        records: { type: 'string' },
        dossiers: { type: 'string' },
        audit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch {
    return { kind: 'usage-error', lang: 'nl', problem: 'invalid-option' };
  }
  const lang: UiLanguage = values.lang === 'en' ? 'en' : 'nl';
  if (values.help === true) return { kind: 'help', lang };
  const location = siteLocation(values.site ?? '');
  if (location === null) return { kind: 'usage-error', lang, problem: 'invalid-site' };
  const token = env[TOKEN_VARIABLE];
  if (token === undefined || token.trim() === '')
    return { kind: 'usage-error', lang, problem: 'missing-token' };
  const lists = {
    ...(values.records === undefined ? {} : { records: values.records }),
    ...(values.dossiers === undefined ? {} : { dossiers: values.dossiers }),
    ...(values.audit === undefined ? {} : { audit: values.audit }),
  };
  return {
    kind: 'doctor',
    options: {
      graphUrl: values['graph-url'],
      site: { ...location, lists },
      token: token.trim(),
      lang,
    },
  };
}
