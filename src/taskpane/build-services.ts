import type { Assessment, AssessmentContext, Dossier, Message } from '../core';
import { dedupKey } from '../core/records';
import { createGraphClient, type GraphClient } from '../graph/graph-client';
import { listDossiers } from '../graph/dossiers/dossier-registry';
import { isGraphCallError } from '../graph/GraphCallError';
import { findRecordByDedupKey } from '../graph/records/dedup-lookup';
import { resolveSite } from '../graph/site';
import type { SiteIds } from '../graph/site-ids';
import { createTokenProvider, onItemChanged, setDraftDossier } from '../host';
import { listConversationMails } from '../ui/filing/conversation-mails';
import { findSentItemsToFile } from '../ui/filing/sent-items';
import { createMailFiler } from '../ui/filing/mail-filer';
import { memoryOutboxStore, openOutboxStore, Outbox, type ReadFailure } from '../ui/outbox';
import type { PaneConfig } from './pane-config';
import type { FiledLookup, PaneServices } from './pane-services';
import { readPaneItem } from './read-pane-item';

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

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    value ??= load().catch((error: unknown) => {
      value = null;
      throw error;
    });
    return value;
  };
}

async function siteIds(client: GraphClient, config: PaneConfig): Promise<SiteIds> {
  const resolution = await resolveSite(client, config.site);
  if (resolution.kind === 'resolved') return resolution.ids;
  throw new Error(`site lists missing: ${resolution.missing.join(', ')}`);
}

/** Builds the pane's services from the configuration: Graph client, core, host and outbox. */
export async function buildPaneServices(config: PaneConfig, filedBy: string): Promise<PaneServices> {
  const client = createGraphClient({ tokenProvider: createTokenProvider(config.auth), baseUrl: config.graphBaseUrl });
  const site = once(() => siteIds(client, config));
  const loadDossiers = once(async (): Promise<readonly Dossier[]> =>
    (await listDossiers(client, await site())).map((entry) => entry.dossier),
  );
  // The core (with its relevance weights) loads as its own chunk, beside the first paint.
  const context = once(async (): Promise<{ assess: (message: Message) => Assessment }> => {
    const [core, dossiers] = await Promise.all([import(/* webpackChunkName: "core" */ '../core'), loadDossiers()]);
    const prepared: AssessmentContext = core.prepareContext({
      dossiers,
      history: [],
      organisationDomains: config.organisationDomains,
    });
    return { assess: (message) => core.assessMessage(message, prepared) };
  });
  const assess = async (message: Message): Promise<Assessment> => (await context()).assess(message);
  const store = await openOutboxStore(config.outboxDatabase).catch(() => memoryOutboxStore());
  const file = createMailFiler({ client, site, dossiers: loadDossiers, assess, filedBy });
  const outbox = new Outbox({ store, file, readFailure: readGraphFailure });
  return {
    readItem: readPaneItem,
    onItemChanged: (handler) => {
      const removal = onItemChanged(handler).catch(() => null);
      return () => void removal.then((remove) => remove?.());
    },
    assess,
    loadDossiers,
    lookupFiled: async (message) => lookupFiled(client, await site(), message),
    conversationMails: (conversationId) => listConversationMails(client, conversationId),
    saveDraftDossier: setDraftDossier,
    sweepSentItems: () => sweepSentItems(client, outbox),
    outbox,
  };
}

async function sweepSentItems(client: GraphClient, outbox: Outbox): Promise<number> {
  const known = new Set<string>(outbox.jobs().map((job) => job.itemId));
  const filings = await findSentItemsToFile(client, known);
  for (const filing of filings) {
    await outbox.enqueue({ itemId: filing.id, subject: filing.subject, choices: { dossier: filing.dossier } });
  }
  return filings.length;
}

async function lookupFiled(client: GraphClient, site: SiteIds, message: Message): Promise<FiledLookup> {
  if (message.id.trim() === '') return { kind: 'not-filed' };
  const record = await findRecordByDedupKey(client, site, dedupKey(message));
  if (record === null) return { kind: 'not-filed' };
  const metadata = record.metadata;
  return {
    kind: 'filed',
    dossier: metadata?.dossier ?? '',
    recordUrl: record.webUrl,
    ...(metadata === null ? {} : { filedBy: metadata.filedBy, filedAt: metadata.filedAt.toLocaleString('nl-NL') }),
  };
}
