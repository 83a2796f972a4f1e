import { asDossierId } from '../../../src/core/ids';
import {
  applyReview,
  contentFromBytes,
  fileRecord,
  getReviewItem,
  listRecordVersions,
  moveRecordFiles,
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
const dossier = asDossierId('BZK-2025-0777');
const elsewhere = asDossierId('BZK-2025-0778');

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  const message = aMail({ subject: 'Besluit over de pilot' });
  await fileRecord(harness.client(OFFICER), {
    site,
    content: contentFromBytes(mimeOf(message)),
    message,
    metadata: { ...aDraft(message), dossier },
    dossierFolder: dossier,
  });
});
afterAll(() => harness.stop());

async function theRecord(inDossier = dossier): Promise<ReviewItem> {
  const [item] = (await queryReviewQueue(manager, site, { dossier: inDossier })).items;
  if (item?.record.metadata == null) throw new Error('not filed');
  return item;
}

const targetOf = (item: ReviewItem): ReviewTarget => {
  const target = reviewTargetOf(item);
  if (target === null) throw new Error('not filed');
  return target;
};

describe('two managers at once', () => {
  it('gives the second SharePoint’s 412; the record keeps the first change', async () => {
    const loaded = await theRecord();
    const first = await applyReview(manager, site, [targetOf(loaded)], { kind: 'accept' }, MANAGER);
    expect(first[0]?.kind).toBe('done');
    const second = await applyReview(
      manager,
      site,
      [targetOf(loaded)],
      { kind: 'reject', reason: 'Dubbel' },
      MANAGER,
    );
    expect(second[0]?.kind).toBe('changed-meanwhile');
    const now = await getReviewItem(manager, site, loaded.record.id);
    expect(now?.record.metadata?.reviewStatus).toBe('geaccepteerd');
    expect(now?.eTag).not.toBe(loaded.eTag);
  });

  it('keeps the version history with the manager as the server-set author of the change', async () => {
    const item = await theRecord();
    const versions = await listRecordVersions(manager, site, item.record.id);
    const last = versions[versions.length - 1];
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(last?.modifiedBy?.address).toBe(MANAGER);
    expect(last?.fields['BronvastReviewStatus']).toBe('geaccepteerd');
    expect(versions[0]?.modifiedBy?.address).toBe(OFFICER);
  });
});

describe('moving a record', () => {
  it('moves its file into the other dossier’s folder and the column follows', async () => {
    const item = await theRecord();
    const moves = await moveRecordFiles(manager, site, [item.record.id], elsewhere);
    expect(moves[0]).toMatchObject({ kind: 'moved' });
    if (moves[0]?.kind === 'moved') expect(moves[0].path).toContain(elsewhere);
    const fresh = await getReviewItem(manager, site, item.record.id);
    if (fresh === null) throw new Error('gone');
    const done = await applyReview(
      manager,
      site,
      [targetOf(fresh)],
      { kind: 'move', dossier: elsewhere },
      MANAGER,
    );
    expect(done[0]?.kind).toBe('done');
    const moved = await theRecord(elsewhere);
    expect(moved.record.id).toBe(item.record.id);
    expect(moved.record.webUrl).toContain(`/${elsewhere}/`);
  });
});
