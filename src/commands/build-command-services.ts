import {
  createGraphClient,
  isGraphCallError,
  listDossiers,
  resolveSite,
  type SiteIds,
} from '../graph/index';
import { createTokenProvider, displayLanguage, toRestId } from '../host/index';
import { createMailFiler } from '../ui/filing/mail-filer';
import type { CommandsConfig } from './commands-config';
import {
  commandContext,
  type CommandContext,
  type CommandServices,
  type RibbonFilingOutcome,
} from './services';

/** Runs `load` once; a failure is forgotten so the next call tries again. */
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

/**
 * The real services of the ribbon and on-send handlers: Graph with the configured sign-in, the
 * dossier registry read once per runtime, and the same mail filer the task pane's outbox uses.
 */
export function buildCommandServices(config: CommandsConfig, filedBy: string): CommandServices {
  const client = createGraphClient({
    tokenProvider: createTokenProvider(config.auth),
    baseUrl: config.graphBaseUrl,
  });
  const site = once(async (): Promise<SiteIds> => {
    const resolution = await resolveSite(client, config.site);
    if (resolution.kind === 'resolved') return resolution.ids;
    throw new Error(`site lists missing: ${resolution.missing.join(', ')}`);
  });
  const dossiers = once(async () =>
    (await listDossiers(client, await site())).map((entry) => entry.dossier),
  );
  const loadContext = once(async (): Promise<CommandContext> =>
    commandContext({
      dossiers: await dossiers(),
      history: [],
      organisationDomains: config.organisationDomains,
    }),
  );
  const file = createMailFiler({
    client,
    site,
    dossiers,
    assess: async (message) => (await loadContext()).assess(message),
    filedBy,
  });
  const fileItem: CommandServices['fileItem'] = async (item, _assessment, dossier) => {
    const now = Date.now();
    const itemId = toRestId(item.itemId);
    const job = {
      id: itemId,
      itemId,
      subject: item.message.subject,
      choices: { dossier },
      createdAt: now,
      updatedAt: now,
      attempts: 0,
      state: { kind: 'queued' },
    } as const;
    try {
      const result = await file(job, () => undefined);
      return outcomeOf(result.outcome);
    } catch (error) {
      return { kind: 'failed', code: isGraphCallError(error) ? error.kind : 'network' };
    }
  };
  return { loadContext, fileItem, language: displayLanguage };
}

function outcomeOf(outcome: string): RibbonFilingOutcome {
  if (outcome === 'filed') return { kind: 'filed' };
  if (outcome === 'already-filed') return { kind: 'already-filed' };
  return { kind: 'failed', code: outcome };
}
