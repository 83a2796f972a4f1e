import { asConversationId, asSourceId } from '../../../src/core/ids';
import {
  contentFromBytes,
  fileRecord,
  findRecordByDedupKey,
  type SiteIds,
} from '../../../src/graph';
import { aDraft, aMail, mimeOf, startHarness, type Harness } from './harness';

let harness: Harness;
let site: SiteIds;
beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site();
});
afterAll(() => harness.stop());

describe('a mail with values longer than a single line of text holds', () => {
  it('is filed with nothing refused and nothing cut', async () => {
    const subject = `Zeer lang onderwerp ${'over de fasering van de Woo '.repeat(12)}`.trim();
    const messageId = asSourceId(`<${'x'.repeat(280)}@mail.example.nl>`);
    const conversation = asConversationId(`conv-${'c'.repeat(300)}`);
    const sender = `${'afdeling.'.repeat(30)}jansen@example.nl`;
    const message = aMail({
      id: messageId,
      subject,
      conversationId: conversation,
      from: { address: sender },
    });
    expect(subject.length).toBeGreaterThan(255);
    const draft = { ...aDraft(message), from: sender, conversationId: conversation };
    const filed = await fileRecord(harness.client(), {
      site,
      content: contentFromBytes(mimeOf(message)),
      message,
      metadata: draft,
      dossierFolder: 'BZK-2024-0113',
    });
    expect(filed).toMatchObject({ kind: 'filed', warnings: [] });
    const found = await findRecordByDedupKey(harness.client(), site, draft.dedupKey);
    expect(found?.metadata).toMatchObject({ subject, sourceId: messageId, from: sender });
  });
});
