import {
  createGraphClient,
  isGraphCallError,
  loadRecordsManagers,
  resolveSite,
  verifySite,
} from '../../graph';
import type { CliIo } from '../shared/cli-io';
import { readVerifyArgs, type VerifyOptions } from './verify-args';
import { discrepancyLine, summaryLine, verifyErrorLine, verifyUsage } from './verify-texts';

/** How verification reaches the record system; tests pass another fetch. */
export interface VerifyEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fetch?: typeof fetch;
}

/**
 * `bronvast verify ...`: checks the records and the audit log of a site (see `verifySite`) and
 * prints one line per discrepancy and a summary. Exit 0 nothing found, 1 discrepancies or the
 * record system failed, 2 usage error.
 */
export async function runVerify(
  args: readonly string[],
  io: CliIo,
  environment: VerifyEnvironment,
): Promise<number> {
  const command = readVerifyArgs(args, environment.env);
  if (command.kind === 'help') {
    await io.writeLine(verifyUsage(command.lang).trimEnd());
    return 0;
  }
  if (command.kind === 'usage-error') {
    io.writeError(verifyErrorLine(command.error, command.detail, command.lang));
    return 2;
  }
  try {
    return await verifyWith(command.options, io, environment.fetch);
  } catch (error: unknown) {
    const detail = isGraphCallError(error) ? `${error.kind} ${error.status}` : String(error);
    io.writeError(verifyErrorLine('graph-failed', detail, command.options.lang));
    return 1;
  }
}

async function verifyWith(
  options: VerifyOptions,
  io: CliIo,
  fetchImpl: typeof fetch | undefined,
): Promise<number> {
  const client = createGraphClient({
    tokenProvider: () => Promise.resolve(options.token),
    baseUrl: options.graphUrl,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
  const resolution = await resolveSite(client, options.site);
  if (resolution.kind !== 'resolved') {
    io.writeError(verifyErrorLine('graph-failed', resolution.missing.join(', '), options.lang));
    return 1;
  }
  const managers = await loadRecordsManagers(client, options.recordsManagersGroup);
  const verdict = await verifySite(client, resolution.ids, {
    dossiers: options.dossiers,
    managers,
    concurrency: options.concurrency,
  });
  for (const discrepancy of verdict.discrepancies)
    await io.writeLine(discrepancyLine(discrepancy, verdict.fileNames, options.lang));
  const affected = new Set(verdict.discrepancies.flatMap((d) => d.record ?? [])).size;
  const found = verdict.discrepancies.length;
  await io.writeLine(
    summaryLine(
      { records: verdict.records, events: verdict.events, found, affected },
      options.lang,
    ),
  );
  return found === 0 ? 0 : 1;
}
