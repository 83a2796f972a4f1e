import type { Assessment, Dossier, Message } from '../core';
import { listConversationMails } from '../graph';
import { createTokenProvider, readSignInFailure } from '../host';
import {
  createFilingServices,
  loadOrganisationLearning,
  lookupFiled,
  type FileJob,
  type OrganisationLearning,
  type ReadFailure,
} from '../filing';
import {
  createCoverageReporter,
  markMessageDismissed,
  scanUnfiled,
  type DismissalReason,
  type ScanOptions,
  type ScanResult,
  type UnfiledMail,
} from '../filing/unfiled';
import { browserStorage, cachedValue } from './cached-value';
import type { PaneConfig } from './pane-config';
import type { FiledLookup } from '../filing';
import type { FailureCode } from '../ui';
import type { MailRef } from './pane-services';
import { reviveSiteIds } from './revive-registry';
import { findSentItemsToFile } from './sent-items';

/** What the pane does through Microsoft Graph: loaded as its own chunk, beside the first paint. */
export interface NetworkServices {
  readonly loadDossiers: () => Promise<readonly Dossier[]>;
  /** The relevance adjustment and the records list's history, loaded once per session. */
  readonly loadLearning: () => Promise<OrganisationLearning>;
  readonly lookupFiled: (message: Message) => Promise<FiledLookup>;
  readonly conversationMails: (
    conversationId: string,
    mailbox?: string,
  ) => Promise<readonly MailRef[]>;
  /** Sent mails whose dossier was chosen while writing that have no job in `known` yet. */
  readonly sentItemsToFile: (
    known: ReadonlySet<string>,
  ) => Promise<readonly (MailRef & { dossier: Dossier['id'] })[]>;
  readonly file: FileJob<FailureCode>;
  readonly readFailure: ReadFailure<FailureCode>;
  /** "Nog vastleggen": reads and assesses the recent mail (see {@link scanUnfiled}). */
  readonly scanUnfiled: (options: Omit<ScanOptions, 'client'>) => Promise<ScanResult>;
  /** Marks a mail as set aside, in the mailbox it is in. */
  readonly dismiss: (mail: UnfiledMail, reason: DismissalReason) => Promise<void>;
  /**
   * Adds the counts of a complete scan to the coverage list (counts only, docs/coverage.md), at
   * most once a day.
   */
  readonly reportCoverage: (result: ScanResult) => Promise<void>;
}

/** Builds the filing services (MSAL in production, a dev token locally) and what uses them. */
export function buildNetworkServices(
  config: PaneConfig,
  filedBy: string,
  assess: (message: Message) => Promise<Assessment>,
): NetworkServices {
  const key = `bronvast-registry:${config.graphBaseUrl}:${config.site.hostname}${config.site.path}:site`;
  const filing = createFilingServices({
    tokenProvider: createTokenProvider(config.auth),
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    filedBy,
    assess,
    readOtherFailure: readSignInFailure,
    rememberSite: (load) =>
      cachedValue({ key, load, revive: reviveSiteIds, storage: browserStorage() }),
  });
  const { client, site } = filing;
  let learning: Promise<OrganisationLearning> | null = null;
  return {
    loadDossiers: filing.dossiers,
    loadLearning: () =>
      (learning ??= site().then((ids) =>
        loadOrganisationLearning(client, ids, {
          recordsManagersGroup: config.recordsManagersGroup,
        }),
      )),
    lookupFiled: async (message) => lookupFiled(client, await site(), message),
    conversationMails: async (conversationId, mailbox) =>
      (
        await listConversationMails(
          client,
          conversationId,
          mailbox === undefined ? {} : { mailbox },
        )
      ).map((mail) => ({ ...mail, mailId: mail.itemId })),
    sentItemsToFile: async (known) =>
      (await findSentItemsToFile(client, known)).map((sent) => ({
        itemId: sent.id,
        mailId: sent.id,
        subject: sent.subject,
        dossier: sent.dossier,
      })),
    file: filing.fileMail,
    readFailure: filing.readFailure,
    scanUnfiled: (options) => scanUnfiled({ ...options, client }),
    reportCoverage: createCoverageReporter({
      client,
      site,
      siteKey: `${config.site.hostname}${config.site.path}`,
      memory: browserStorage() ?? undefined,
    }),
    dismiss: (mail, reason) =>
      markMessageDismissed(
        client,
        mail.id,
        reason,
        mail.mailbox === undefined ? {} : { mailbox: mail.mailbox },
      ),
  };
}
