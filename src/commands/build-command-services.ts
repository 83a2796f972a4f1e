import {
  createFilingServices,
  rememberOnce,
  type FiledResult,
  type RefusedResult,
} from '../filing/index';
// The commands bundle is one file (classic Outlook's JS runtime loads no chunks): the name
// lexicon is bundled with it instead of loaded as a chunk of its own.
import { shippedNameLexicon } from '../core/personal-data/lexicon/shipped-name-lexicon';
import { createTokenProvider, displayLocale, readSignInFailure, toRestId } from '../host/index';
import { languageOf } from '../texts/index';
import type { FailureCode } from '../ui/index';
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
      nameLexicon: shippedNameLexicon(),
    }),
  );
  const filing = createFilingServices({
    tokenProvider: createTokenProvider(config.auth),
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    filedBy,
    assess: async (message) => (await loadContext()).assess(message),
    rememberDossiers: rememberOnce,
    readOtherFailure: readSignInFailure,
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
      ...(item.mailbox === undefined ? {} : { mailbox: item.mailbox }),
      createdAt: now,
      updatedAt: now,
      attempts: 0,
      state: { kind: 'queued' },
    } as const;
    try {
      return outcomeOf(await file(job, () => undefined));
    } catch (error) {
      return { kind: 'failed', code: filing.readFailure(error).reason };
    }
  };
  const readFailure = (error: unknown): FailureCode => filing.readFailure(error).reason;
  return { loadContext, fileItem, language: () => languageOf(displayLocale()), readFailure };
}

function outcomeOf(result: FiledResult | RefusedResult<FailureCode>): RibbonFilingOutcome {
  if (result.outcome === 'refused') return { kind: 'failed', code: result.reason };
  const warnings = result.warnings ?? [];
  return { kind: result.outcome, ...(warnings.length === 0 ? {} : { warnings }) };
}
