import type { Assessment, Dossier, Message } from '../core';
import { dedupKey } from '../core/records';
import {
  createGraphClient,
  findRecordByDedupKey,
  isGraphCallError,
  listDossiers,
  resolveSite,
  type GraphClient,
  type SiteIds,
} from '../graph';
import { createTokenProvider } from '../host';
import { listConversationMails } from '../ui/filing/conversation-mails';
import { createMailFiler } from '../ui/filing/mail-filer';
import { findSentItemsToFile } from '../ui/filing/sent-items';
import type { FileJob, ReadFailure } from '../ui/outbox';
import { browserStorage, cachedValue } from './cached-value';
import type { PaneConfig } from './pane-config';
import type { FiledLookup, MailRef } from './pane-services';
import { reviveSiteIds } from './revive-registry';

/** Reads a Graph failure: throttling and dropped connections wait and retry on their own. */
export const readGraphFailure: ReadFailure = (error) => {
  if (!isGraphCallError(error)) return { reason: 'network', transient: true };
  const transient = ['throttled', 'network', 'unexpected', 'conflict'].includes(error.kind);
  return {
    reason: error.kind,
    transient,
    ...(error.retryAfter === undefined ? {} : { retryAfterMs: error.retryAfter * 1000 }),
  };
};

/** What the pane does through Microsoft Graph: loaded as its own chunk, beside the first paint. */
export interface NetworkServices {
  readonly loadDossiers: () => Promise<readonly Dossier[]>;
  readonly lookupFiled: (message: Message) => Promise<FiledLookup>;
  readonly conversationMails: (conversationId: string) => Promise<readonly MailRef[]>;
  /** Sent mails with a dossier header that have no job in `known` yet. */
  readonly sentItemsToFile: (
    known: ReadonlySet<string>,
  ) => Promise<readonly (MailRef & { dossier: Dossier['id'] })[]>;
  readonly file: FileJob;
  readonly readFailure: ReadFailure;
}

async function siteIds(client: GraphClient, config: PaneConfig): Promise<SiteIds> {
  const resolution = await resolveSite(client, config.site);
  if (resolution.kind === 'resolved') return resolution.ids;
  throw new Error(`site lists missing: ${resolution.missing.join(', ')}`);
}

/** Builds the Graph client (MSAL in production, a dev token locally) and what uses it. */
export function buildNetworkServices(
  config: PaneConfig,
  filedBy: string,
  assess: (message: Message) => Promise<Assessment>,
): NetworkServices {
  const client = createGraphClient({
    tokenProvider: createTokenProvider(config.auth),
    baseUrl: config.graphBaseUrl,
  });
  const key = `bronvast-registry:${config.graphBaseUrl}:${config.site.hostname}${config.site.path}:site`;
  const site = cachedValue({
    key,
    load: () => siteIds(client, config),
    revive: reviveSiteIds,
    storage: browserStorage(),
  });
  const loadDossiers = async (): Promise<readonly Dossier[]> =>
    (await listDossiers(client, await site())).map((entry) => entry.dossier);
  return {
    loadDossiers,
    lookupFiled: async (message) => lookupFiled(client, await site(), message),
    conversationMails: (conversationId) => listConversationMails(client, conversationId),
    sentItemsToFile: async (known) =>
      (await findSentItemsToFile(client, known)).map((filing) => ({
        itemId: filing.id,
        subject: filing.subject,
        dossier: filing.dossier,
      })),
    file: createMailFiler({ client, site, dossiers: loadDossiers, assess, filedBy }),
    readFailure: readGraphFailure,
  };
}

async function lookupFiled(
  client: GraphClient,
  site: SiteIds,
  message: Message,
): Promise<FiledLookup> {
  if (message.id.trim() === '') return { kind: 'not-filed' };
  const record = await findRecordByDedupKey(client, site, dedupKey(message));
  if (record === null) return { kind: 'not-filed' };
  const metadata = record.metadata;
  return {
    kind: 'filed',
    dossier: metadata?.dossier ?? '',
    recordUrl: record.webUrl,
    ...(metadata === null
      ? {}
      : { filedBy: metadata.filedBy, filedAt: metadata.filedAt.toLocaleString('nl-NL') }),
  };
}
