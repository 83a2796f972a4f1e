import type { UiLanguage } from '../../texts';
import type { CliIo } from '../shared/cli-io';
import type { BacklogEnvironment } from './run-file';
import { barProgress, lineProgress } from './progress';

/**
 * The real surroundings of `bronvast file`: a progress bar on stderr when it is a terminal,
 * plain progress lines otherwise; Ctrl+C once stops taking new mail (the filings in flight
 * finish), a second time stops at once.
 */
export function processEnvironment(io: CliIo, lang: UiLanguage): BacklogEnvironment {
  const progress = process.stderr.isTTY
    ? barProgress(process.stderr, lang)
    : lineProgress((line) => io.writeError(line), lang);
  return {
    io,
    progress,
    onInterrupt: (handler) => {
      const listener = (): void => {
        process.removeListener('SIGINT', listener);
        process.once('SIGINT', () => process.exit(130));
        progress.note(
          lang === 'nl'
            ? 'bronvast: onderbroken; de lopende vastleggingen worden afgemaakt (nogmaals Ctrl+C stopt direct)'
            : 'bronvast: interrupted; the filings in flight are being finished (Ctrl+C again stops at once)',
        );
        handler();
      };
      process.on('SIGINT', listener);
      return () => process.removeListener('SIGINT', listener);
    },
  };
}
