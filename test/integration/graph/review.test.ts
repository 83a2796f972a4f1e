import { asDossierId, type DossierId } from '../../../src/core/ids';
import {
  applyReview,
  contentFromBytes,
  downloadRecordContent,
  fileRecord,
  listAuditTrail,
  listRecordSummaries,
  listReviewerChanges,
  queryReviewQueue,
  type GraphClient,
  type ReviewItem,
  type SiteIds,
  reviewTargetOf,
  type ReviewTarget,
} from '../../../src/graph';
import { aDraft, aMail, MANAGER, mimeOf, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;
let manager: GraphClient;
let site: SiteIds;
const dossier: DossierId = asDossierId('BZK-2025-0999');

async function fileTwo(): Promise<void> {
  const officer = harness.client(OFFICER);
  const subjects = ['Nota subsidieregeling', 'Advies over de Woo-verzoeken'];
  for (const [index, subject] of subjects.entries()) {
    const message = aMail({ subject });
    const filedAt = new Date(Date.UTC(2025, 5, 1 + index));
    await fileRecord(officer, {
      site,
      content: contentFromBytes(mimeOf(message)),
      message,
      metadata: { ...aDraft(message), dossier, filedAt },
      dossierFolder: dossier,
    });
  }
}

async function queue(): Promise<readonly ReviewItem[]> {
  return (await queryReviewQueue(manager, site, { dossier })).items;
}

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  await fileTwo();
});
afterAll(() => harness.stop());

describe('the review queue', () => {
  it('lists the dossier newest first with the record system’s own filer and eTag', async () => {
    const items = await queue();
    expect(items.map((item) => item.record.metadata?.subject)).toEqual([
      'Advies over de Woo-verzoeken',
      'Nota subsidieregeling',
    ]);
    expect(items[0]?.createdBy?.address).toBe(OFFICER);
    expect(items[0]?.eTag).toEqual(expect.any(String));
  });

  it('narrows the loaded page on the subject without sending a non-indexed filter', async () => {
    const page = await queryReviewQueue(manager, site, { dossier, subject: 'woo' });
    expect(page.local).toEqual(['subject']);
    expect(page.items.map((item) => item.record.metadata?.subject)).toEqual([
      'Advies over de Woo-verzoeken',
    ]);
    expect(page.hiddenByLocal).toBe(1);
  });
});

describe('review actions', () => {
  it('accepts one and rejects the other; the audit trail names the manager as server-set author', async () => {
    const [first, second] = await queue();
    if (first?.record.metadata == null || second?.record.metadata == null)
      throw new Error('not filed');
    const target = (item: ReviewItem, key: string): ReviewTarget => {
      const found = reviewTargetOf(item);
      if (found?.dedupKey !== key) throw new Error('not filed');
      return found;
    };
    const accepted = await applyReview(
      manager,
      site,
      [target(first, first.record.metadata.dedupKey)],
      { kind: 'accept' },
      'Iemand anders',
    );
    const rejected = await applyReview(
      manager,
      site,
      [target(second, second.record.metadata.dedupKey)],
      { kind: 'reject', reason: 'Geen beleidsstuk' },
      MANAGER,
    );
    expect([accepted[0]?.kind, rejected[0]?.kind]).toEqual(['done', 'done']);
    const statuses = (await queue()).map((item) => item.record.metadata?.reviewStatus);
    expect(statuses).toEqual(['geaccepteerd', 'afgewezen']);
    const trail = await listAuditTrail(
      manager,
      site,
      second.record.metadata.dedupKey,
      second.record.id,
    );
    const rejection = trail.find((event) => event.action === 'rejected');
    expect(rejection?.author?.address).toBe(MANAGER);
    expect(rejection?.details['reason']).toBe('Geen beleidsstuk');
    const acceptance = await listAuditTrail(
      manager,
      site,
      first.record.metadata.dedupKey,
      first.record.id,
    );
    expect(acceptance.map((event) => event.author?.address)).toContain(MANAGER);
  });

  it('finds the status filter on the server and shows the filed file', async () => {
    const page = await queryReviewQueue(manager, site, { dossier, status: 'afgewezen' });
    expect(page.local).toEqual([]);
    expect(page.items).toHaveLength(1);
    const item = page.items[0];
    if (item === undefined) throw new Error('no record');
    const content = await downloadRecordContent(manager, site, item.record.id);
    expect(content.kind).toBe('found');
    if (content.kind === 'found')
      expect(new TextDecoder().decode(content.bytes)).toContain('Subject: Nota subsidieregeling');
  });
});

describe('the dashboard source', () => {
  it('reads only the selected columns of every record and the reviewers’ changes', async () => {
    const [item] = await queue();
    const key = item?.record.metadata?.dedupKey ?? '';
    if (item === undefined) throw new Error('no record');
    await applyReview(
      manager,
      site,
      [
        {
          ...reviewTargetOf(item),
          id: item.record.id,
          dedupKey: key,
          link: '',
          state: item.reviewState,
        },
      ],
      {
        kind: 'reclassify',
        wooCategory: null,
        assessment: 'niet-openbaar',
        grounds: ['5.1.2e'],
      },
      MANAGER,
    );
    const summaries = await listRecordSummaries(manager, site);
    const mine = summaries.filter((summary) => summary.dossier === dossier);
    expect(mine).toHaveLength(2);
    expect(mine.find((summary) => summary.dedupKey === key)?.assessment).toBe('niet-openbaar');
    expect(Object.keys(mine[0] ?? {})).not.toContain('subject');
    expect([...(await listReviewerChanges(manager, site))]).toEqual([key]);
  });
});
