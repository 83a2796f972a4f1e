import type { UiLanguage } from '../../texts';

/** The language asked for, read before the rest so that usage errors speak it too. */
export function langOf(args: readonly string[]): UiLanguage | undefined {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index === -1) return 'nl';
  const arg = args[index] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  return value === 'nl' || value === 'en' ? value : undefined;
}
