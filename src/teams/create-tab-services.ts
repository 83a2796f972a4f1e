import type { Assessment, AssessmentContext, Dossier, Message } from '../core';
import { createChatFiler, chatFileJob } from '../filing/chat/chat-filer';
import { createChatSanitizer } from '../filing/chat/sanitize-chat-html';
import { createFilingServices } from '../filing/filing-services';
import { rememberOnce } from '../filing/remember';
import {
  loadOrganisationLearning,
  type OrganisationLearning,
} from '../filing/organisation-learning';
import { historyFromRecords, mergeHistories } from '../filing/records-history';
import type { FilingErrorCode } from '../filing/filing-error';
import { Outbox } from '../filing/outbox';
import type { FiledRecord, Page, SiteLocation } from '../graph';
import { lazyStore } from './lazy-outbox-store';
import {
  getConversationTitle,
  getHostedContent,
  listChatPosts,
  listConversationRecords,
  listReplies,
  sendChatReply,
  type ChatLocation,
  type ChatPost,
} from '../graph/chats';
import type { AddinConfig } from '../host/addin-config';
import type { TokenProvider } from '../host/auth-config';
import type { FiledDecision, TabServices } from './tab-services';

/** What the tab's services are built from. */
export interface TabServicesInput {
  /** The add-in's configuration; the site may name its lists (a tenant that renamed them). */
  readonly config: AddinConfig & { readonly site: SiteLocation; readonly outboxDatabase: string };
  readonly location: ChatLocation;
  readonly tokenProvider: TokenProvider;
  readonly filedBy: string;
  readonly core: () => Promise<typeof import('../core')>;
}

/**
 * The tab's composition: one Graph client (through the filing layer), the chat adapter, the
 * sanitiser on the page's window, the core with this chat's earlier filings and the records
 * list's recent records as history and the organisation's relevance adjustment, and an
 * outbox whose jobs file chat decisions.
 */
export function createTabServices(input: TabServicesInput): TabServices {
  const { location, config } = input;
  let context: Promise<AssessmentContext> | null = null;
  let records: Promise<FiledRecord[]> | null = null;
  const assess = async (message: Message): Promise<Assessment> => {
    const core = await input.core();
    context ??= Promise.all([
      filing.dossiers(),
      conversationRecords(),
      learning(),
      core.loadNameLexicon(),
    ]).then(([dossiers, filed, learnt, nameLexicon]) =>
      core.prepareContext({
        dossiers,
        history: mergeHistories(historyFromRecords(filed), learnt?.history ?? []),
        organisationDomains: config.organisationDomains,
        nameLexicon,
        ...(learnt === null ? {} : { relevanceModel: learnt.relevanceModel }),
      }),
    );
    return core.assessMessage(message, await context);
  };
  // The same client -> site -> registry as the pane, the ribbon and the command line: a site
  // not set up for Bronvast is a SiteNotProvisionedError, which the tab says in words.
  const filing = createFilingServices({
    tokenProvider: input.tokenProvider,
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    filedBy: input.filedBy,
    assess,
    rememberDossiers: rememberOnce,
  });
  const { client, site } = filing;
  const conversationId = location.kind === 'chat' ? location.chatId : location.channelId;
  const conversationRecords = (): Promise<FiledRecord[]> =>
    (records ??= filing
      .site()
      .then((site) => listConversationRecords(client, site, conversationId)));
  // What the organisation learnt; without it the tab assesses with what it ships.
  const learning = rememberOnce((): Promise<OrganisationLearning | null> =>
    site()
      .then((ids) =>
        loadOrganisationLearning(client, ids, {
          recordsManagersGroup: config.recordsManagersGroup,
        }),
      )
      .catch(() => null),
  );
  const sanitize = createChatSanitizer(window);
  const filer = createChatFiler({ ...filing, assess, sanitize, filedBy: input.filedBy });
  const outbox = new Outbox({
    store: lazyStore<FilingErrorCode>(config.outboxDatabase),
    file: chatFileJob(filer),
    readFailure: filing.readFailure,
  });
  void outbox.start();
  // The first page is asked for now, while the tab's first render runs, not after it.
  let firstPage: Promise<Page<ChatPost>> | null = listChatPosts(client, location, { top: 20 });
  void firstPage.catch(() => undefined);
  return {
    location,
    title: () => getConversationTitle(client, location),
    // 20 a page, as Teams itself shows them: fewer to draw before the first view.
    page: (nextLink) => {
      const early = nextLink === undefined ? firstPage : null;
      firstPage = null;
      if (early !== null) return early;
      return listChatPosts(client, location, nextLink === undefined ? { top: 20 } : { nextLink });
    },
    replies: (rootId) =>
      location.kind === 'channel' ? listReplies(client, location, rootId) : Promise.resolve([]),
    image: async (post, hosted) => {
      const image = await getHostedContent(client, post, hosted);
      return URL.createObjectURL(new Blob([image.bytes], { type: image.contentType }));
    },
    sanitize,
    assess,
    dossiers: (): Promise<readonly Dossier[]> => filing.dossiers(),
    filed: async () => {
      records = null;
      return filedById(await conversationRecords());
    },
    reply: async (html, replyToId) => {
      await sendChatReply(client, location, html, replyToId);
    },
    outbox,
  };
}

function filedById(records: readonly FiledRecord[]): ReadonlyMap<string, FiledDecision> {
  const byId = new Map<string, FiledDecision>();
  for (const record of records) {
    if (record.metadata !== null)
      byId.set(record.metadata.sourceId, {
        dossier: record.metadata.dossier,
        recordUrl: record.webUrl,
      });
  }
  return byId;
}
