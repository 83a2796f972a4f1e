import { readCommandLine } from './cli-args';
import { processIo } from './cli-io';
import { usageErrorLine } from './cli-messages';
import { runAssess } from './run-assess';
import { usageText } from './usage';

/** Runs `bronvast` with its arguments and returns the exit code (0 done, 1 input skipped, 2 usage). */
export async function runCli(args: readonly string[], io = processIo()): Promise<number> {
  const command = readCommandLine(args, process.env);
  switch (command.kind) {
    case 'help':
      await io.writeLine(usageText(command.lang).trimEnd());
      return 0;
    case 'usage-error':
      io.writeError(usageErrorLine(command.error, command.detail, command.lang));
      return 2;
    case 'assess':
      return runAssess(command.options, io);
  }
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
