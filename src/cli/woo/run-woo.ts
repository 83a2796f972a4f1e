import { requestDeadline } from '../../core/woo-desk';
import { isSiteNotProvisionedError, requireSite } from '../../filing';
import { isWooPackageError } from '../../filing/woo';
import { createGraphClient, isGraphCallError, type GraphClient } from '../../graph';
import {
  addToSelection,
  createWooRequest,
  findWooRequest,
  recordWooSearch,
  resolveWooSite,
  searchRecords,
  type WooSite,
} from '../../graph/woo';
import type { CliIo } from '../shared/cli-io';
import { runPackage } from './run-woo-package';
import { WooFailure } from './woo-failure';
import { readWooArgs, type WooCommand } from './woo-args';
import { wooErrorLine, wooUsage } from './woo-texts';

/** How the command reaches the record system; tests pass another fetch and clock. */
export interface WooEnvironment {
  readonly token: string | undefined;
  readonly fetch?: typeof fetch;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly now?: () => Date;
}

/**
 * `bronvast woo request|search|package`: records a Woo request, searches the records for it
 * (one JSON line per hit, the search kept in the request's log, `--add` adds the hits to its
 * selection), or writes its decision package beside `--out` and renames it into place when
 * complete. Exit 0 done, 1 the record system or the disk failed, 2 bad input.
 */
export async function runWoo(
  args: readonly string[],
  io: CliIo,
  environment: WooEnvironment = { token: process.env['BRONVAST_GRAPH_TOKEN'], env: process.env },
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    await io.writeLine(wooUsage(args.includes('en') ? 'en' : 'nl'));
    return 0;
  }
  const read = readWooArgs(args, environment.env ?? {});
  if (read.kind === 'usage-error') {
    io.writeError(wooErrorLine(read.error, read.detail, 'nl'));
    return 2;
  }
  const { command } = read;
  try {
    if (environment.token === undefined || environment.token === '')
      throw new WooFailure('missing-token', '', 2);
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve(environment.token ?? ''),
      baseUrl: command.graphUrl,
      ...(environment.fetch === undefined ? {} : { fetch: environment.fetch }),
    });
    const woo = await wooSite(client, command);
    await runCommand(client, woo, command, io, environment.now ?? (() => new Date()));
    return 0;
  } catch (error: unknown) {
    const failure = failureOf(error);
    io.writeError(wooErrorLine(failure.error, failure.detail, command.lang));
    return failure.code;
  }
}

async function wooSite(client: GraphClient, command: WooCommand): Promise<WooSite> {
  const site = await requireSite(client, command.site);
  const woo = await resolveWooSite(client, site);
  if (woo.kind !== 'resolved') throw new WooFailure('site-incomplete', woo.missing.join(', '));
  return woo.woo;
}

async function runCommand(
  client: GraphClient,
  woo: WooSite,
  command: WooCommand,
  io: CliIo,
  now: () => Date,
): Promise<void> {
  const english = command.lang === 'en';
  switch (command.kind) {
    case 'request': {
      const created = await createWooRequest(client, woo, command);
      if (created.kind === 'zaaknummer-taken')
        throw new WooFailure('zaaknummer-taken', command.zaaknummer);
      const deadline = requestDeadline(created.stored.request, [], now());
      const day = deadline.deadline.toISOString().slice(0, 10);
      await io.writeLine(
        english
          ? `Woo request ${command.zaaknummer} recorded; decision due ${day} (${deadline.daysLeft} days left).`
          : `Woo-verzoek ${command.zaaknummer} vastgelegd; beslistermijn ${day} (nog ${deadline.daysLeft} dagen).`,
      );
      return;
    }
    case 'search':
      return runSearch(client, woo, command, io);
    case 'package':
      return runPackage(client, woo, command, io);
  }
}

async function runSearch(
  client: GraphClient,
  woo: WooSite,
  command: Extract<WooCommand, { kind: 'search' }>,
  io: CliIo,
): Promise<void> {
  if ((await findWooRequest(client, woo, command.zaaknummer)) === null)
    throw new WooFailure('request-not-found', command.zaaknummer);
  const page = await searchRecords(client, woo.site, command.query, { size: command.size });
  await recordWooSearch(client, woo, command.zaaknummer, command.query, page.total);
  for (const hit of page.hits) {
    if (hit.record === null) continue;
    await io.writeLine(
      JSON.stringify({
        recordId: hit.record.recordId,
        subject: hit.record.subject,
        dossier: hit.record.dossier,
        date: hit.record.date?.toISOString() ?? null,
        rank: hit.rank,
        summary: hit.summary,
      }),
    );
  }
  const ids = page.hits.flatMap((hit) => (hit.record === null ? [] : [hit.record.recordId]));
  const added = command.add ? await addToSelection(client, woo, command.zaaknummer, ids) : 0;
  const more = page.moreResultsAvailable
    ? command.lang === 'en'
      ? ' (more available: raise --size)'
      : ' (meer beschikbaar: verhoog --size)'
    : '';
  io.writeError(
    command.lang === 'en'
      ? `${page.total} hits${more}; the search is kept in the log of ${command.zaaknummer}${command.add ? `; ${added} added to its selection` : ''}.`
      : `${page.total} treffers${more}; de zoekopdracht staat in het logboek van ${command.zaaknummer}${command.add ? `; ${added} toegevoegd aan de selectie` : ''}.`,
  );
}

function failureOf(error: unknown): WooFailure {
  if (error instanceof WooFailure) return error;
  if (isSiteNotProvisionedError(error))
    return new WooFailure('site-incomplete', error.missing.join(', '));
  if (isWooPackageError(error))
    return new WooFailure(
      error.code,
      error.document === undefined ? '' : `${error.document.title} (${error.document.key})`,
      error.code === 'document-failed' || error.code === 'invalid-metadata' ? 1 : 2,
    );
  if (isGraphCallError(error))
    return new WooFailure('graph-failed', `${error.kind} ${error.status ?? ''}`.trim());
  return new WooFailure('graph-failed', error instanceof Error ? error.message : String(error));
}
