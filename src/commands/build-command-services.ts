import { createFilingServices, rememberOnce } from '../filing/index';
import { isGraphCallError } from '../graph/index';
import { createTokenProvider, displayLanguage, toRestId } from '../host/index';
import type { CommandsConfig } from './commands-config';
import {
  commandContext,
  type CommandContext,
  type CommandServices,
  type RibbonFilingOutcome,
} from './services';

/**
 * The real services of the ribbon and on-send handlers: Graph with the configured sign-in, the
 * dossier registry read once per runtime, and the same mail filer the task pane's outbox uses.
 */
export function buildCommandServices(config: CommandsConfig, filedBy: string): CommandServices {
  const loadContext = rememberOnce(async (): Promise<CommandContext> =>
    commandContext({
      dossiers: await filing.dossiers(),
      history: [],
      organisationDomains: config.organisationDomains,
    }),
  );
  const filing = createFilingServices({
    tokenProvider: createTokenProvider(config.auth),
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    filedBy,
    assess: async (message) => (await loadContext()).assess(message),
    rememberDossiers: rememberOnce,
  });
  const file = filing.fileMail;
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
