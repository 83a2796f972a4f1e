import type { Assessment, AssessmentContext, ContextInput, Dossier, Message } from '../core';
import { setDraftDossier } from '../host/draft-dossier';
import { currentItemKey } from '../host/current-item';
import { onItemChanged } from '../host/item-changed';
import {
  memoryOutboxStore,
  openOutboxStore,
  Outbox,
  readAnyFailure,
  type ReadFailure,
} from '../filing/outbox';
import type { FailureCode } from '../ui';
import type { NetworkServices } from './build-services';
import { browserStorage, cachedValue } from './cached-value';
import { reviveLearning, snapshotOf, type LearningSnapshot } from './learning-snapshot';
import { deferredOutboxStore } from './deferred-outbox-store';
import type { PaneConfig } from './pane-config';
import type { PaneItem, PaneServices } from './pane-services';
import { readPaneItem } from './read-pane-item';
import { reviveDossiers } from './revive-registry';
import { markStartUp } from './start-up-marks';

/** How the pane gets its lazily loaded parts: the core and the Graph-backed services. */
export interface PaneChunks {
  readonly core: () => Promise<typeof import('../core')>;
  readonly network: (assess: (message: Message) => Promise<Assessment>) => Promise<NetworkServices>;
}

/**
 * The pane's services, built once Office is ready. What the first assessment needs (the open
 * item, the core, the dossier registry kept from the last opening) starts loading here, side by
 * side; Graph, sign-in and the filing pipeline come from a chunk that loads alongside. Nothing
 * here waits: the pane renders at once and the outbox database opens in the background.
 */
export function createPaneServices(config: PaneConfig, chunks: PaneChunks): PaneServices {
  // Two contexts: the first view's, without the name lexicon (a chunk of its own that loads
  // beside it), and the full one, which adds the lexicon to the same inputs.
  let base: Promise<ContextInput> | null = null;
  let context: Promise<AssessmentContext> | null = null;
  const inputs = (): Promise<ContextInput> =>
    (base ??= Promise.all([
      chunks.core().then((core) => {
        markStartUp('core-loaded');
        return core;
      }),
      loadDossiers(),
      loadLearning(),
    ])
      .then(([core, dossiers, learning]) => ({
        dossiers,
        history: learning?.history ?? [],
        organisationDomains: config.organisationDomains,
        ...(learning === null || learning.adjustment === null
          ? {}
          : {
              relevanceModel: core.applyAdjustment(
                core.shippedModel(),
                core.parseAdjustment(learning.adjustment),
              ),
            }),
      }))
      .catch((error: unknown) => {
        base = null;
        throw error;
      }));
  const prepare = (): Promise<AssessmentContext> =>
    (context ??= Promise.all([
      chunks.core(),
      inputs(),
      chunks.core().then((core) => core.loadNameLexicon()),
    ])
      .then(([core, input, nameLexicon]) => {
        const prepared = core.prepareContext({ ...input, nameLexicon });
        markStartUp('context-ready');
        return prepared;
      })
      .catch((error: unknown) => {
        context = null;
        throw error;
      }));
  const assess = async (message: Message): Promise<Assessment> => {
    const [core, ready] = await Promise.all([chunks.core(), prepare()]);
    const assessment = core.assessMessage(message, ready);
    markStartUp('assessed');
    return assessment;
  };
  const assessFirstView = async (message: Message): Promise<Assessment> => {
    const [core, input] = await Promise.all([chunks.core(), inputs()]);
    return core.assessMessage(message, core.prepareContext(input));
  };
  // The Graph side loads once something needs it, so it does not compete with the first paint.
  let loadingNetwork: Promise<NetworkServices> | null = null;
  const network = (): Promise<NetworkServices> => (loadingNetwork ??= chunks.network(assess));
  // What the organisation learnt, kept from the last opening so that the first assessment does
  // not wait for Graph (refreshed in the background for the next); without a connection and
  // without a kept copy the pane assesses with what it ships.
  const learning = cachedValue<LearningSnapshot>({
    key: `bronvast-learning:${config.graphBaseUrl}:${config.site.hostname}${config.site.path}`,
    load: async () => snapshotOf(await (await network()).loadLearning()),
    revive: reviveLearning,
    storage: browserStorage(),
    refreshDelayMs: 2000,
  });
  const loadLearning = (): Promise<LearningSnapshot | null> => learning().catch(() => null);
  const key = `bronvast-registry:${config.graphBaseUrl}:${config.site.hostname}${config.site.path}:dossiers`;
  const loadDossiers = cachedValue<readonly Dossier[]>({
    key,
    load: async () => (await network()).loadDossiers(),
    revive: reviveDossiers,
    storage: browserStorage(),
    refreshDelayMs: 2000,
  });
  const store = deferredOutboxStore(
    openOutboxStore<FailureCode>(config.outboxDatabase).catch(() =>
      memoryOutboxStore<FailureCode>(),
    ),
  );
  let readFailure: ReadFailure<FailureCode> = readAnyFailure;
  const outbox = new Outbox<FailureCode>({
    store,
    file: async (job, onStage) => {
      const ready = await network();
      readFailure = ready.readFailure;
      return ready.file(job, onStage);
    },
    readFailure: (error) => readFailure(error),
  });
  // The first item read and the assessment context start now, beside the pane's first render.
  let lastReadKey = currentItemKey();
  let firstItem: Promise<PaneItem> | null = readPaneItem().then((item) => {
    markStartUp('item-read');
    return item;
  });
  void prepare().catch(() => undefined);
  return {
    readItem: () => {
      const first = firstItem;
      firstItem = null;
      if (first !== null) return first;
      lastReadKey = currentItemKey();
      return readPaneItem();
    },
    onItemChanged: (handler) => {
      // A mail opened while the pane was starting has no event: the host checks once registered.
      const removal = onItemChanged(handler, () => lastReadKey).catch(() => null);
      return () => void removal.then((remove) => remove?.());
    },
    assess,
    assessFirstView,
    learningWarnings: async () => (await loadLearning())?.warnings ?? [],
    loadDossiers,
    lookupFiled: async (message) => (await network()).lookupFiled(message),
    conversationMails: async (conversationId, mailbox) =>
      (await network()).conversationMails(conversationId, mailbox),
    saveDraftDossier: setDraftDossier,
    sweepSentItems: async () => {
      const known = new Set<string>(outbox.jobs().map((job) => job.itemId));
      const filings = await (await network()).sentItemsToFile(known);
      for (const { dossier, ...mail } of filings)
        await outbox.enqueue({ ...mail, choices: { dossier } });
      return filings.length;
    },
    outbox,
    unfiled: {
      scan: async (weeks, onPage, signal) =>
        (await network()).scanUnfiled({
          sharedMailboxes: config.sharedMailboxes ?? [],
          since: new Date(Date.now() - weeks * WEEK_MS),
          // The list needs relevance and dossiers only: not the name lexicon, so no wait for it.
          prepareTriage: async () => {
            const [core, input] = await Promise.all([chunks.core(), inputs()]);
            const prepared = core.prepareContext(input);
            return (message) => core.triageMessage(message, prepared);
          },
          onPage,
          signal,
        }),
      dismiss: async (mail, reason) => (await network()).dismiss(mail, reason),
      report: async (result) => {
        // Counts once a day at most: the dashboard takes each reporter's newest per week.
        const key = `bronvast-coverage-reported:${config.site.hostname}${config.site.path}`;
        const last = Number(globalThis.localStorage?.getItem(key) ?? 0);
        if (Date.now() - last < REPORT_INTERVAL_MS) return;
        await (await network()).reportCoverage(result);
        globalThis.localStorage?.setItem(key, String(Date.now()));
      },
      dossiers: loadDossiers,
      outbox,
    },
  };
}

const WEEK_MS = 7 * 86_400_000;
const REPORT_INTERVAL_MS = 20 * 3_600_000;
