import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { DEMO_CHAT, DEMO_CHAT_MESSAGES } from '../../../emulator/seed/chat';
import { asDossierId } from '../../../src/core/ids';
import { isSiteNotProvisionedError } from '../../../src/filing';
import type { ChatLocation } from '../../../src/graph/chats';
import { createTabServices } from '../../../src/teams/create-tab-services';
import { surfaceTexts } from '../../../src/ui';
import { DEMO_SITE, OFFICER, startHarness, type Harness } from '../graph/harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  // The tab sanitises chat HTML with the page's window; here a JSDOM window stands in for it.
  Object.assign(globalThis, { window: new JSDOM('').window });
});
afterAll(async () => {
  Reflect.deleteProperty(globalThis, 'window');
  await harness.stop();
});

const location: ChatLocation = { kind: 'chat', chatId: DEMO_CHAT.id };

/** The tab's real services against the local record system, on a site without Bronvast's lists. */
function tabOnUnprovisionedSite() {
  return createTabServices({
    config: {
      graphBaseUrl: harness.emulator.baseUrl,
      auth: { mode: 'dev', upn: OFFICER },
      site: { ...DEMO_SITE, lists: { records: 'Geen-lijst' } },
      organisationDomains: [],
      recordsManagersGroup: '',
      outboxDatabase: `tab-site-${Date.now()}`,
    },
    location,
    tokenProvider: () => Promise.resolve(`dev:${OFFICER}`),
    filedBy: OFFICER,
    core: () => import('../../../src/core'),
  });
}

describe('the Teams tab on a site not set up for Bronvast', () => {
  it('reads the dossier registry as a configuration error, not an unexpected one', async () => {
    const services = tabOnUnprovisionedSite();
    const error: unknown = await services.dossiers().catch((reason: unknown) => reason);
    expect(isSiteNotProvisionedError(error)).toBe(true);
    services.outbox.stop();
  });

  it('tells the team to ask the administrator to set the site up, once, without a retry', async () => {
    const services = tabOnUnprovisionedSite();
    const decision = DEMO_CHAT_MESSAGES.find((post) => post.importance === 'high');
    if (decision === undefined) throw new Error('the demo chat has a decision');
    await services.outbox.enqueue({
      kind: 'chat',
      itemId: `chat:${DEMO_CHAT.id}/${decision.id}`,
      subject: 'Besluit voortgangsbrief',
      choices: { dossier: asDossierId('BZK-2025-0150') },
      chat: {
        location,
        decision: { id: decision.id, replyToId: null },
        context: [],
        title: 'Kernteam',
      },
    });
    await services.outbox.idle();
    const [job] = services.outbox.jobs();
    services.outbox.stop();
    expect(job?.state).toEqual({
      kind: 'failed',
      reason: 'site-not-provisioned',
      retryAt: null,
      permanent: true,
    });
    const texts = surfaceTexts('nl');
    const shown = texts.ui.failed(texts.error('site-not-provisioned'));
    expect(shown).toMatch(/Vraag de beheerder de inrichting \(provisioning\) uit te voeren/);
    expect(shown).not.toMatch(/onverwachte fout/);
  });
});
