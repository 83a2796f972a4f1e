import { findTooiOrganisation, type ExportOrganisation } from '../../exports';
import { isSiteNotProvisionedError, requireSite } from '../../filing';
import {
  createGraphClient,
  isGraphCallError,
  loadRecordsManagers,
  type GraphClient,
  type ListedRecord,
  type SiteIds,
} from '../../graph';
import {
  RECORDS_MANAGERS_GROUP_VARIABLE,
  recordsManagersGroupOf,
} from '../shared/records-managers-group';
import type { CliIo } from '../shared/cli-io';
import { prepareFileOutput, prepareFolderOutput, type AtomicOutput } from './atomic-output';
import { readExportArgs, type ExportOptions } from './export-args';
import { gapLines, invalidFileLines } from './export-gap-lines';
import { exportErrorLine, type ExportError } from './export-texts';
import { exportSummaryLines, unreviewedLine } from './export-summary';
import { exportUsage } from './export-usage';
import { readExportRecords, unknownDossiers } from './read-export-records';
import { writeExport, type ExportSummary, type RefusedFiles } from './write-export';

/** How the export reaches the record system; tests pass another fetch. */
export interface ExportEnvironment {
  readonly token: string | undefined;
  /** `BRONVAST_RECORDS_MANAGERS_GROUP`, for a status other than `te-beoordelen`. */
  readonly recordsManagersGroup?: string | undefined;
  readonly fetch?: typeof fetch;
  /** The environment variables read (`BRONVAST_ORGANISATION_DOMAINS`); default the process's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

type Failure = {
  readonly error: ExportError;
  readonly detail: string;
  readonly code: 1 | 2;
  readonly refused?: RefusedFiles;
};
const failed = (error: ExportError, detail: string, code: 1 | 2): Failure => ({
  error,
  detail,
  code,
});

/**
 * `bronvast export inventaris|diwoo|mdto ...`: reads the records over Graph, writes the export
 * beside `--out`, validates every file it wrote, and renames it into place only when complete
 * and valid. Exit 0 done (gaps listed at the end), 1 the record system or the disk failed or a
 * file was invalid (its record named, nothing left behind), 2 bad input (options, unknown
 * dossier, an organisation not on the TOOI lists).
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
  const command = readExportArgs(args, environment.env ?? process.env);
  if (command.kind === 'usage-error') {
    io.writeError(exportErrorLine(command.error, command.detail, 'nl'));
    return 2;
  }
  const { options } = command;
  const outcome = await exportWith(options, environment);
  if ('error' in outcome) {
    io.writeError(exportErrorLine(outcome.error, outcome.detail, options.lang));
    for (const line of invalidFileLines(outcome.refused?.invalid ?? [], options.lang))
      io.writeError(line);
    return outcome.code;
  }
  for (const line of exportSummaryLines(options, outcome)) await io.writeLine(line);
  if (outcome.unreviewed.length > 0) io.writeError(unreviewedLine(outcome.unreviewed, options));
  for (const line of gapLines(outcome.gaps, options.lang)) io.writeError(line);
  return 0;
}

async function organisationOf(
  options: ExportOptions,
): Promise<ExportOrganisation | undefined | Failure> {
  if (options.organisation === undefined) return undefined;
  const found = await findTooiOrganisation(options.organisation.tooiUri);
  if (typeof found === 'string') return failed(found, options.organisation.tooiUri, 2);
  return { tooiUri: found.tooiUri, name: options.organisation.name || found.listedName };
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
  const organisation = await organisationOf(options);
  if (organisation !== undefined && 'error' in organisation) return organisation;
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
  const trustedGroup = reviewed ? group : undefined;
  const result = await exportInto(
    client,
    options,
    organisation,
    prepared.output,
    trustedGroup,
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
  organisation: ExportOrganisation | undefined,
  output: AtomicOutput,
  group: string | undefined,
): Promise<Written | Failure> {
  const site = await siteOrMissing(client, options);
  if (!('siteId' in site)) return failed('site-incomplete', site.missing.join(', '), 1);
  const unknown = await unknownDossiers(client, site, options.dossiers);
  if (unknown.length > 0) return failed('unknown-dossier', unknown.join(', '), 2);
  const review =
    group === undefined
      ? undefined
      : { managers: await loadRecordsManagers(client, group), left: [] as ListedRecord[] };
  const pages = readExportRecords(client, site, options, review);
  const written = await writeExport(pages, options, organisation, output.partPath);
  if ('invalid' in written)
    return { ...failed('invalid-file', String(written.invalid.length), 1), refused: written };
  return { ...written, unreviewed: review?.left ?? [] };
}

/** The site's ids, or the lists it lacks for Bronvast. */
async function siteOrMissing(
  client: GraphClient,
  options: ExportOptions,
): Promise<SiteIds | { readonly missing: readonly string[] }> {
  try {
    return await requireSite(client, options.site);
  } catch (error: unknown) {
    if (isSiteNotProvisionedError(error)) return { missing: error.missing };
    throw error;
  }
}
