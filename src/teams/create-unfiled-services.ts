import type { Assessment, AssessmentContext, ContextInput, Message } from '../core';
import { createFilingServices } from '../filing/filing-services';
import { loadOrganisationLearning } from '../filing/organisation-learning';
import { Outbox } from '../filing/outbox';
import type { FailureCode } from '../ui';
import { readSignInFailure } from '../host/SignInError';
import { markMessageDismissed, scanUnfiled } from '../filing/unfiled';
import type { AddinConfig } from '../host/addin-config';
import type { TokenProvider } from '../host/auth-config';
import type { UnfiledServices } from '../ui';
import { lazyStore } from './lazy-outbox-store';

/** What the personal tab's "nog vastleggen" is built from. */
export interface UnfiledServicesInput {
  readonly config: AddinConfig & {
    readonly outboxDatabase: string;
    readonly sharedMailboxes?: readonly string[];
  };
  readonly tokenProvider: TokenProvider;
  readonly filedBy: string;
  readonly core: () => Promise<typeof import('../core')>;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * "Nog vastleggen" on the Teams personal tab: the same reading, assessment (with the
 * organisation's learnt adjustment) and mail filer as the Outlook pane, with an outbox of its own.
 */
export function createUnfiledServices(input: UnfiledServicesInput): UnfiledServices {
  const { config } = input;
  // What the triage of the list needs (registry, learnt model), and the full assessment's
  // context, which adds the name lexicon for filing.
  let inputs: Promise<ContextInput> | null = null;
  const loadInputs = (): Promise<ContextInput> =>
    (inputs ??= Promise.all([
      filing.dossiers(),
      filing
        .site()
        .then((ids) => loadOrganisationLearning(filing.client, ids))
        .catch(() => null),
    ]).then(([dossiers, learnt]) => ({
      dossiers,
      history: learnt?.history ?? [],
      organisationDomains: config.organisationDomains,
      ...(learnt === null ? {} : { relevanceModel: learnt.relevanceModel }),
    })));
  let context: Promise<AssessmentContext> | null = null;
  const assess = async (message: Message): Promise<Assessment> => {
    const core = await input.core();
    context ??= Promise.all([loadInputs(), core.loadNameLexicon()]).then(([known, nameLexicon]) =>
      core.prepareContext({ ...known, nameLexicon }),
    );
    return core.assessMessage(message, await context);
  };
  const filing = createFilingServices({
    tokenProvider: input.tokenProvider,
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    filedBy: input.filedBy,
    assess,
    // Sign-in failures get their own sentences, as in the pane.
    readOtherFailure: readSignInFailure,
  });
  const outbox = new Outbox<FailureCode>({
    store: lazyStore(config.outboxDatabase),
    file: filing.fileMail,
    readFailure: filing.readFailure,
  });
  return {
    scan: (weeks, onPage, signal) =>
      scanUnfiled({
        client: filing.client,
        sharedMailboxes: config.sharedMailboxes ?? [],
        since: new Date(Date.now() - weeks * WEEK_MS),
        prepareTriage: async () => {
          const [core, known] = await Promise.all([input.core(), loadInputs()]);
          const prepared = core.prepareContext(known);
          return (message) => core.triageMessage(message, prepared);
        },
        onPage,
        signal,
      }),
    dismiss: (mail, reason) =>
      markMessageDismissed(
        filing.client,
        mail.id,
        reason,
        mail.mailbox === undefined ? {} : { mailbox: mail.mailbox },
      ),
    dossiers: filing.dossiers,
    outbox,
  };
}
