import type { Assessment, Dossier, Message } from '../core';
import { createGraphClient, type GraphClient } from '../graph/graph-client';
import { listDossiers } from '../graph/dossiers/dossier-registry';
import { resolveSite } from '../graph/site';
import type { SiteIds, SiteLocation } from '../graph/site-ids';
import { fileMailContent, type MailContentInput, type MailContentOutcome } from './mail-content';
import { createMailFiler } from './mail-filer';
import type { FailureReading, FileJob, ReadFailure } from './outbox';
import { SiteNotProvisionedError } from './filing-error';
import { readFilingFailure } from './read-failure';
import { rememberOnce } from './remember';

/** How a surface reaches the record system and who files. */
export interface FilingServicesOptions {
  readonly tokenProvider: () => Promise<string>;
  readonly graphBaseUrl: string;
  /** Default the global fetch (the command line passes one that notices throttling). */
  readonly fetch?: typeof fetch;
  readonly site: SiteLocation;
  /** The signed-in officer's address, recorded as "filed by". */
  readonly filedBy: string;
  readonly assess: (message: Message) => Promise<Assessment>;
  /** How the site's ids are kept (default: once per runtime, a failure tried again). */
  readonly rememberSite?: (load: () => Promise<SiteIds>) => () => Promise<SiteIds>;
  /** Reads failures only the surface knows, such as a sign-in that failed. */
  readonly readOtherFailure?: (error: unknown) => FailureReading | undefined;
  /** How the dossier registry is kept (default: read afresh each time). */
  readonly rememberDossiers?: (
    load: () => Promise<readonly Dossier[]>,
  ) => () => Promise<readonly Dossier[]>;
}

/** What every surface files with: one client, the site, the registry, the filers. */
export interface FilingServices {
  readonly client: GraphClient;
  readonly site: () => Promise<SiteIds>;
  readonly dossiers: () => Promise<readonly Dossier[]>;
  /** Files a mailbox mail (an outbox job): MIME from Graph, filed, marked. */
  readonly fileMail: FileJob;
  /** Files a mail from its bytes (a .eml or .msg file). */
  readonly fileContent: (input: MailContentInput) => Promise<MailContentOutcome>;
  readonly readFailure: ReadFailure;
}

/** Builds client -> site -> dossiers -> filers, the one way every surface does. */
export function createFilingServices(options: FilingServicesOptions): FilingServices {
  const client = createGraphClient({
    tokenProvider: options.tokenProvider,
    baseUrl: options.graphBaseUrl,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const site = (options.rememberSite ?? rememberOnce)(async () => {
    const resolution = await resolveSite(client, options.site);
    if (resolution.kind === 'resolved') return resolution.ids;
    throw new SiteNotProvisionedError(resolution.missing);
  });
  const loadDossiers = async (): Promise<readonly Dossier[]> =>
    (await listDossiers(client, await site())).map((entry) => entry.dossier);
  const dossiers = options.rememberDossiers?.(loadDossiers) ?? loadDossiers;
  const dependencies = { client, site, dossiers, assess: options.assess, filedBy: options.filedBy };
  return {
    client,
    site,
    dossiers,
    fileMail: createMailFiler(dependencies),
    fileContent: (input) => fileMailContent(dependencies, input),
    readFailure: (error) => readFilingFailure(error, options.readOtherFailure),
  };
}
