import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import { asDossierId } from '../../../src/core/ids';
import {
  NO_ADJUSTMENT,
  marginOf,
  relevanceFeatures,
  shippedModel,
  sigmoid,
  toSparseVector,
  type RelevanceModel,
} from '../../../src/core/relevance';
import { loadOrganisationLearning } from '../../../src/filing';
import {
  contentFromText,
  fileRecord,
  loadRelevanceAdjustment,
  queryReviewQueue,
  saveRelevanceAdjustment,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { parseEml } from '../../../src/mime';
import { learnFromDecision } from '../../../src/review/learn-from-decision';
import { aDraft, aMail, MANAGER, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;
let manager: GraphClient;
let site: SiteIds;
const MIME = [
  'Message-ID: <lunch-9@bronvast.example>',
  'Subject: Lunch vrijdag',
  'From: Pieter Jansen <pieter.jansen@bronvast.example>',
  'To: beleid@bronvast.example',
  'Date: Mon, 03 Mar 2025 10:00:00 +0100',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Zullen we vrijdag samen lunchen in de kantine? Ik trakteer op koffie.',
].join('\r\n');

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  const message = aMail({ subject: 'Lunch vrijdag' });
  await fileRecord(harness.client(OFFICER), {
    site,
    content: contentFromText(MIME),
    message,
    metadata: { ...aDraft(message), dossier: asDossierId('BZK-2025-0555') },
    dossierFolder: 'BZK-2025-0555',
  });
});
afterAll(() => harness.stop());

async function scoreOf(model: RelevanceModel): Promise<number> {
  const parsed = await parseEml(MIME);
  if (!parsed.ok) throw new Error('bad mime');
  const vector = toSparseVector(relevanceFeatures(parsed.message, {}));
  return sigmoid(marginOf(model.weights, model.bias, vector));
}

describe('learning from decisions', () => {
  it('stores a decision in the site and the pane’s model scores the mail on the decided side', async () => {
    expect(await loadRelevanceAdjustment(manager, site)).toEqual(NO_ADJUSTMENT);
    const [item] = (await queryReviewQueue(manager, site, {})).items;
    if (item === undefined) throw new Error('not filed');
    const shipped = await scoreOf(shippedModel());
    const relevant = shipped < shippedModel().threshold;
    const outcome = await learnFromDecision(
      manager,
      site,
      item,
      relevant ? { kind: 'accept' } : { kind: 'reject', reason: 'privé' },
    );
    expect(outcome).toBe('learnt');
    const stored = await loadRelevanceAdjustment(manager, site);
    expect(Object.keys(stored.labels)).toEqual([item.record.metadata?.dedupKey]);
    const officerModel = (
      await loadOrganisationLearning(harness.client(OFFICER), site, {
        recordsManagersGroup: RECORDS_MANAGERS_GROUP.id,
      })
    ).relevanceModel;
    expect((await scoreOf(officerModel)) >= officerModel.threshold).toBe(relevant);
  });

  it('can be reset to the shipped weights', async () => {
    await saveRelevanceAdjustment(manager, site, NO_ADJUSTMENT);
    const { relevanceModel: model } = await loadOrganisationLearning(manager, site);
    expect(await scoreOf(model)).toBeCloseTo(await scoreOf(shippedModel()), 12);
  });
});
