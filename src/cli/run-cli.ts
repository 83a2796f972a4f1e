import { processEnvironment } from './file/process-environment';
import { readFileCommandLine } from './file/file-args';
import { runFile } from './file/run-file';
import { readCommandLine } from './assess/assess-args';
import { processIo } from './shared/cli-io';
import { usageErrorLine } from './shared/cli-texts';
import { runDoctor } from './doctor/run-doctor';
import { runExport } from './export/run-export';
import { runWoo } from './woo/run-woo';
import { runAssess } from './assess/run-assess';
import { runVerify } from './verify/run-verify';
import { RECORDS_MANAGERS_GROUP_VARIABLE } from './shared/records-managers-group';
import { usageText } from './usage';

/** Runs `bronvast` with its arguments and returns the exit code (0 done, 1 input skipped or failed, 2 usage). */
export async function runCli(
  args: readonly string[],
  io = processIo(),
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  if (args[0] === 'export')
    return runExport(args.slice(1), io, {
      token: env['BRONVAST_GRAPH_TOKEN'],
      recordsManagersGroup: env[RECORDS_MANAGERS_GROUP_VARIABLE],
      env,
    });
  if (args[0] === 'verify') return runVerify(args.slice(1), io, { env });
  if (args[0] === 'doctor') return runDoctor(args.slice(1), io, { env });
  if (args[0] === 'woo')
    return runWoo(args.slice(1), io, { token: env['BRONVAST_GRAPH_TOKEN'], env });
  const command =
    args[0] === 'file' ? readFileCommandLine(args.slice(1), env) : readCommandLine(args, env);
  switch (command.kind) {
    case 'help':
      await io.writeLine(usageText(command.lang, command.command).trimEnd());
      return 0;
    case 'usage-error':
      io.writeError(usageErrorLine(command.error, command.detail, command.lang));
      return 2;
    case 'assess':
      return runAssess(command.options, io);
    case 'file':
      return runFile(command.options, processEnvironment(io, command.options.lang));
  }
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
