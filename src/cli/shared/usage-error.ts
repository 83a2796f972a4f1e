import type { UiLanguage } from '../../texts';

/** Why the command line could not be understood (exit code 2). */
export type UsageError =
  | 'missing-command'
  | 'unknown-command'
  | 'unknown-option'
  | 'missing-option-value'
  | 'invalid-lang'
  | 'missing-path'
  | 'missing-site'
  | 'invalid-site'
  | 'missing-token'
  | 'invalid-concurrency'
  | 'invalid-max-size';

/**
 * A command line read: the command with its options, help (for one command or all), or a usage
 * error with its detail.
 */
export type CommandLine<Kind extends string, Options> =
  | { readonly kind: Kind; readonly options: Options }
  | { readonly kind: 'help'; readonly lang: UiLanguage; readonly command?: 'file' }
  | {
      readonly kind: 'usage-error';
      readonly error: UsageError;
      readonly detail: string;
      readonly lang: UiLanguage;
    };

/** The usage error for what `parseArgs` threw: an unknown option or one without its value. */
export function usageErrorFrom(error: unknown, lang: UiLanguage | undefined) {
  // Read by shape, not instanceof: Node's errors come from another realm under test runners.
  const fields = typeof error === 'object' && error !== null ? error : {};
  const code = 'code' in fields ? fields.code : undefined;
  const message = 'message' in fields ? fields.message : undefined;
  const quoted = typeof message === 'string' ? /'([^']+)'/.exec(message)?.[1] : undefined;
  const detail = (quoted ?? '').split(' ')[0] ?? '';
  const kind: UsageError =
    code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? 'missing-option-value' : 'unknown-option';
  return { kind: 'usage-error', error: kind, detail, lang: lang ?? 'nl' } as const;
}
