import {
  createGraphClient,
  isGraphCallError,
  loadRecordsManagers,
  resolveSite,
  type GraphClient,
  type ListedRecord,
} from '../../graph';
import { RECORDS_MANAGERS_GROUP_VARIABLE, recordsManagersGroupOf } from '../records-managers-group';
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
  /** `BRONVAST_RECORDS_MANAGERS_GROUP`, for a status other than `te-beoordelen`. */
  readonly recordsManagersGroup?: string | undefined;
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
  environment: ExportEnvironment = {
    token: process.env['BRONVAST_GRAPH_TOKEN'],
    recordsManagersGroup: process.env[RECORDS_MANAGERS_GROUP_VARIABLE],
  },
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
  if (outcome.unreviewed.length > 0) io.writeError(unreviewedLine(outcome.unreviewed, options));
  for (const line of gapLines(outcome.gaps, options.lang)) io.writeError(line);
  return 0;
}

async function exportWith(
  options: ExportOptions,
  environment: ExportEnvironment,
): Promise<Written | Failure> {
  if (environment.token === undefined || environment.token === '')
    return failed('missing-token', '', 2);
  const group = recordsManagersGroupOf(options.recordsManagersGroup, {
    [RECORDS_MANAGERS_GROUP_VARIABLE]: environment.recordsManagersGroup,
  });
  const reviewed = options.status !== undefined && options.status !== 'te-beoordelen';
  if (reviewed && group === undefined) return failed('missing-records-managers-group', '', 2);
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
  const result = await exportInto(
    client,
    options,
    prepared.output,
    reviewed ? group : undefined,
  ).catch((error: unknown) =>
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

/** What was written, and the records a status asked for that no records manager's review backs. */
type Written = ExportSummary & { readonly unreviewed: readonly ListedRecord[] };

async function exportInto(
  client: GraphClient,
  options: ExportOptions,
  output: AtomicOutput,
  group: string | undefined,
): Promise<Written | Failure> {
  const resolution = await resolveSite(client, options.site);
  if (resolution.kind !== 'resolved')
    return failed('site-incomplete', resolution.missing.join(', '), 1);
  const site = resolution.ids;
  const unknown = await unknownDossiers(client, site, options.dossiers);
  if (unknown.length > 0) return failed('unknown-dossier', unknown.join(', '), 2);
  const review =
    group === undefined
      ? undefined
      : { managers: await loadRecordsManagers(client, group), left: [] as ListedRecord[] };
  const summary = await writeExport(
    readExportRecords(client, site, options, review),
    options,
    output.partPath,
  );
  return { ...summary, unreviewed: review?.left ?? [] };
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

/** The records a status asked for that are left out: no records manager's review backs them. */
function unreviewedLine(records: readonly ListedRecord[], options: ExportOptions): string {
  const names = records.map((record) => record.fileName || record.recordId).join(', ');
  return options.lang === 'nl'
    ? `Niet meegenomen: ${records.length} record(s) met status ${options.status ?? ''} die geen informatiebeheerder zo heeft beoordeeld (bronvast verify zegt waarom): ${names}`
    : `Left out: ${records.length} record(s) with status ${options.status ?? ''} that no records manager reviewed as such (bronvast verify says why): ${names}`;
}
