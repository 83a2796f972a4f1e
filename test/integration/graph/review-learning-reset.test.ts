import { NO_ADJUSTMENT, learnDecision, shippedModel } from '../../../src/core/relevance';
import { loadRelevanceAdjustment, saveRelevanceAdjustment, type SiteIds } from '../../../src/graph';
import { buildReviewServices } from '../../../src/review/build-review-services';
import { MANAGER, startHarness, type Harness } from './harness';
import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';

let harness: Harness;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site(harness.client(MANAGER));
});
afterAll(() => harness.stop());

describe('resetting what the review page learnt', () => {
  it('counts the stored decisions and stores the empty adjustment on reset', async () => {
    const manager = harness.client(MANAGER);
    const one = learnDecision(shippedModel(), NO_ADJUSTMENT, {
      key: 'a',
      vector: { indices: [3, 40], values: [1, 1] },
      relevant: false,
    });
    const two = learnDecision(shippedModel(), one, {
      key: 'b',
      vector: { indices: [5], values: [1] },
      relevant: true,
    });
    await saveRelevanceAdjustment(manager, site, two);
    const services = buildReviewServices({
      client: manager,
      site: () => Promise.resolve(site),
      user: { address: MANAGER, displayName: 'Marloes Bakker' },
      recordsManagersGroup: RECORDS_MANAGERS_GROUP.id,
      organisationDomains: [],
    });

    expect(await services.learntDecisions?.()).toBe(2);
    await services.resetLearning?.();

    expect(await services.learntDecisions?.()).toBe(0);
    expect(await loadRelevanceAdjustment(manager, site)).toEqual(NO_ADJUSTMENT);
  });
});
