import { createChatSanitizer } from '../filing/chat/sanitize-chat-html';
import type { FilingErrorCode } from '../filing/filing-error';
import { Outbox, type FileJob } from '../filing/outbox';
import { connectRecordSystem } from '../filing/record-system';
import { rememberOnce } from '../filing/remember';
import type { SiteLocation } from '../graph';
import {
  getConversationTitle,
  getHostedContent,
  listChatPosts,
  listReplies,
  sendChatReply,
} from '../graph/chats/chat-messages';
import type { ChatLocation } from '../graph/chats/chat-location';
import type { AddinConfig } from '../host/addin-config';
import type { TokenProvider } from '../host/auth-config';
import { conversationFilings } from './conversation-filings';
import { lazyStore } from './lazy-outbox-store';
import type { TabServices } from './tab-services';

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
 * The tab's composition: one Graph client, the chat adapter and the sanitiser on the page's
 * window, which the first view needs; the first page of messages is asked for at once, while
 * the tab's code still loads. What a decision needs after that loads when first asked for: the
 * assessment with its context (`tab-assessment`, a chunk of its own with the core), the
 * dossier registry, this conversation's filed records, and the chat filer behind the outbox.
 */
export function createTabServices(input: TabServicesInput): TabServices {
  const { location, config } = input;
  // The same client, site check and registry as the pane, the ribbon and the command line: a
  // site not set up for Bronvast is a SiteNotProvisionedError, which the tab says in words. The
  // chat filer behind the outbox loads when first asked for.
  const { client, site, dossiers, readFailure } = connectRecordSystem({
    tokenProvider: input.tokenProvider,
    graphBaseUrl: config.graphBaseUrl,
    site: config.site,
    rememberDossiers: rememberOnce,
  });
  const records = conversationFilings(client, site, location);
  const assessor = rememberOnce(async () =>
    (await import('./tab-assessment')).createTabAssessor({
      client,
      site,
      dossiers,
      conversationRecords: records.current,
      organisationDomains: config.organisationDomains,
      recordsManagersGroup: config.recordsManagersGroup,
      core: input.core,
    }),
  );
  const assess: TabServices['assess'] = async (message) => (await assessor()).assess(message);
  const sanitize = createChatSanitizer(window);
  const fileJob = rememberOnce(async (): Promise<FileJob<FilingErrorCode>> => {
    const { chatFileJob, createChatFiler } = await import('../filing/chat/chat-filer');
    return chatFileJob(
      createChatFiler({ client, site, dossiers, assess, sanitize, filedBy: input.filedBy }),
    );
  });
  const outbox = new Outbox({
    store: lazyStore<FilingErrorCode>(config.outboxDatabase),
    file: async (job, onStage) => (await fileJob())(job, onStage),
    readFailure,
  });
  void outbox.start();
  // The first page is asked for now, while the tab's first render runs, not after it.
  let firstPage: ReturnType<TabServices['page']> | null = listChatPosts(client, location, {
    top: 20,
  });
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
    // A failure here is met again, and shown, when a decision is assessed.
    prepareAssessment: () => {
      assessor()
        .then((assessment) => assessment.prepare())
        .catch(() => undefined);
    },
    dossiers,
    filed: records.fresh,
    reply: async (html, replyToId) => {
      await sendChatReply(client, location, html, replyToId);
    },
    outbox,
  };
}
