import type { Dossier } from '../core';
import type { GraphClient, SiteIds, SiteLocation } from '../graph';
// Chunking: the pane's and the Teams tab's first views connect to the record system; the Graph
// index would bring the whole adapter (records, review, provisioning) into their first chunk.
import { createGraphClient } from '../graph/graph-client';
// As above: the dossier registry alone.
import { listDossiers } from '../graph/dossiers/dossier-registry';
import type { FailureReading, ReadFailure } from './outbox';
import type { FilingErrorCode } from './filing-error';
import { readFilingFailure } from './read-failure';
import { rememberOnce } from './remember';
import { requireSite } from './require-site';

/**
 * How a surface reaches the record system; `O` are the failure codes only the surface knows
 * (a failed sign-in), besides the filing's own.
 */
export interface RecordSystemOptions<O extends string = never> {
  readonly tokenProvider: () => Promise<string>;
  readonly graphBaseUrl: string;
  /** Default the global fetch (the command line passes one that notices throttling). */
  readonly fetch?: typeof fetch;
  readonly site: SiteLocation;
  /** How the site's ids are kept (default: once per runtime, a failure tried again). */
  readonly rememberSite?: (load: () => Promise<SiteIds>) => () => Promise<SiteIds>;
  /** Reads failures only the surface knows, such as a sign-in that failed. */
  readonly readOtherFailure?: (error: unknown) => FailureReading<O> | undefined;
  /** How the dossier registry is kept (default: read afresh each time). */
  readonly rememberDossiers?: (
    load: () => Promise<readonly Dossier[]>,
  ) => () => Promise<readonly Dossier[]>;
}

/** The record system as every surface reaches it: one client, the site, the registry. */
export interface RecordSystem<O extends string = never> {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  readonly readFailure: ReadFailure<FilingErrorCode | O>;
}

/**
 * Builds client -> site -> dossiers, the one way every surface does; a site not set up for
 * Bronvast is a SiteNotProvisionedError. Holds no filer, so a surface's first view can use it
 * without loading the filing of mail.
 */
export function connectRecordSystem<O extends string = never>(
  options: RecordSystemOptions<O>,
): RecordSystem<O> {
  const client = createGraphClient({
    tokenProvider: options.tokenProvider,
    baseUrl: options.graphBaseUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const site = (options.rememberSite ?? rememberOnce)(() => requireSite(client, options.site));
  const loadDossiers = async (): Promise<readonly Dossier[]> =>
    (await listDossiers(client, await site())).map((entry) => entry.dossier);
  return {
    client,
    site,
    dossiers: options.rememberDossiers?.(loadDossiers) ?? loadDossiers,
    readFailure: (error) => readFilingFailure(error, options.readOtherFailure),
  };
}
