import { createGraphClient, isGraphCallError, resolveSite, type GraphClient } from '../../graph';
import type { CliIo } from '../cli-io';
import { prepareFileOutput, prepareFolderOutput, type AtomicOutput } from './atomic-output';
import { readExportArgs, type ExportOptions } from './export-args';
import { exportErrorLine, gapLines, type ExportError } from './export-messages';
import { exportUsage } from './export-usage';
import { readExportRecords, unknownDossiers } from './read-export-records';
import { writeExport, type ExportSummary } from './write-export';

/** How the export reaches the record system; tests pass another fetch. */
export interface ExportEnvironment {
  readonly token: string | undefined;
  readonly fetch?: typeof fetch;
}

type Failure = { readonly error: ExportError; readonly detail: string; readonly code: 1 | 2 };
const failed = (error: ExportError, detail: string, code: 1 | 2): Failure => ({
  error,
  detail,
  code,
});

/**
 * `bronvast export inventaris|diwoo|mdto ...`: reads the records over Graph and writes the
 * export beside `--out`, renaming it into place only when complete. Exit 0 done (gaps listed
 * at the end), 1 the record system or the disk failed, 2 bad input (options, unknown dossier).
 */
export async function runExport(
  args: readonly string[],
  io: CliIo,
  environment: ExportEnvironment = { token: process.env['BRONVAST_GRAPH_TOKEN'] },
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    const english = args[args.indexOf('--lang') + 1] === 'en' || args.includes('--lang=en');
    await io.writeLine(exportUsage(english ? 'en' : 'nl').trimEnd());
    return 0;
  }
  const command = readExportArgs(args);
  if (command.kind === 'usage-error') {
    io.writeError(exportErrorLine(command.error, command.detail, 'nl'));
    return 2;
  }
  const { options } = command;
  const outcome = await exportWith(options, environment);
  if ('error' in outcome) {
    io.writeError(exportErrorLine(outcome.error, outcome.detail, options.lang));
    return outcome.code;
  }
  await io.writeLine(summaryLine(options, outcome));
  for (const line of gapLines(outcome.gaps, options.lang)) io.writeError(line);
  return 0;
}

async function exportWith(
  options: ExportOptions,
  environment: ExportEnvironment,
): Promise<ExportSummary | Failure> {
  if (environment.token === undefined || environment.token === '')
    return failed('missing-token', '', 2);
  const prepared =
    options.fileFormat === 'folder'
      ? await prepareFolderOutput(options.out)
      : await prepareFileOutput(options.out);
  if (!('output' in prepared))
    return prepared.ok
      ? failed('output-unwritable', options.out, 1)
      : failed(prepared.error, prepared.detail, 1);
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(environment.token ?? ''),
    baseUrl: options.graphUrl,
    ...(environment.fetch === undefined ? {} : { fetch: environment.fetch }),
  });
  const result = await exportInto(client, options, prepared.output).catch((error: unknown) =>
    failed(
      'graph-failed',
      isGraphCallError(error) ? `${error.kind} ${error.status ?? ''}`.trim() : String(error),
      1,
    ),
  );
  if ('error' in result) {
    await prepared.output.abort();
    return result;
  }
  const committed = await prepared.output.commit();
  return committed.ok ? result : failed(committed.error, committed.detail, 1);
}

async function exportInto(
  client: GraphClient,
  options: ExportOptions,
  output: AtomicOutput,
): Promise<ExportSummary | Failure> {
  const resolution = await resolveSite(client, options.site);
  if (resolution.kind !== 'resolved')
    return failed('site-incomplete', resolution.missing.join(', '), 1);
  const site = resolution.ids;
  const unknown = await unknownDossiers(client, site, options.dossiers);
  if (unknown.length > 0) return failed('unknown-dossier', unknown.join(', '), 2);
  return writeExport(readExportRecords(client, site, options), options, output.partPath);
}

function summaryLine(options: ExportOptions, summary: ExportSummary): string {
  const nl = options.lang === 'nl';
  if (options.format === 'inventaris')
    return nl
      ? `Inventarislijst geschreven: ${options.out} (${summary.written} rijen uit ${summary.records} records)`
      : `Inventory list written: ${options.out} (${summary.written} rows from ${summary.records} records)`;
  return nl
    ? `${options.format === 'diwoo' ? 'DiWoo' : 'MDTO'} geschreven: ${options.out} (${summary.written} bestanden voor ${summary.records} records)`
    : `${options.format === 'diwoo' ? 'DiWoo' : 'MDTO'} written: ${options.out} (${summary.written} files for ${summary.records} records)`;
}
