import { asDossierId } from '../../../src/core/ids';
import {
  applyReview,
  contentFromBytes,
  fileRecord,
  listAuditTrail,
  listReviewerChanges,
  queryReviewQueue,
  type GraphClient,
  type ReviewItem,
  type ReviewTarget,
  type SiteIds,
  reviewTargetOf,
} from '../../../src/graph';
import { sendJson } from '../../../src/graph/request';
import { aDraft, aMail, MANAGER, mimeOf, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;
let manager: GraphClient;
let site: SiteIds;
const requests: string[] = [];
const dossier = asDossierId('BZK-2025-0555');
const COUNT = 45;

const counting: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  requests.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
  return fetch(input, init);
};

beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site(harness.client(MANAGER));
  manager = harness.client(MANAGER, counting);
  const officer = harness.client(OFFICER);
  for (let index = 0; index < COUNT; index += 1) {
    const message = aMail({ subject: `Overleg ${index}` });
    await fileRecord(officer, {
      site,
      content: contentFromBytes(mimeOf(message, 600, index + 1)),
      message,
      metadata: { ...aDraft(message), dossier },
      dossierFolder: dossier,
    });
  }
}, 60_000);
afterAll(() => harness.stop());

async function loadAll(): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  let next: string | undefined;
  do {
    const page = await queryReviewQueue(manager, site, { dossier }, next);
    items.push(...page.items);
    next = page.nextLink;
  } while (next !== undefined);
  return items;
}

const targetOf = (item: ReviewItem): ReviewTarget => {
  const target = reviewTargetOf(item);
  if (target === null) throw new Error('not filed');
  return target;
};

const eventsUrl = () => `/sites/${site.siteId}/lists/${site.auditListId}/items`;

describe('an action on a selection', () => {
  it('writes one audit event and the columns in batches of 20; a stale record fails alone and is named in a correction', async () => {
    const items = await loadAll();
    expect(items).toHaveLength(COUNT);
    const stale = items[7];
    if (stale === undefined) throw new Error('no record');
    // Another manager changes one record after the page loaded it.
    await applyReview(
      harness.client(MANAGER),
      site,
      [targetOf(stale)],
      { kind: 'accept' },
      MANAGER,
    );
    requests.length = 0;
    const outcomes = await applyReview(
      manager,
      site,
      items.map(targetOf),
      { kind: 'reclassify', wooCategory: null, assessment: 'niet-openbaar', grounds: ['5.1.2e'] },
      MANAGER,
    );
    expect(requests.filter((request) => request.endsWith('/$batch'))).toHaveLength(3);
    expect(requests.filter((request) => !request.endsWith('/$batch'))).toEqual([
      `POST /v1.0${eventsUrl()}`,
      `POST /v1.0${eventsUrl()}`,
    ]);
    expect(outcomes.filter((outcome) => outcome.kind === 'done')).toHaveLength(COUNT - 1);
    expect(outcomes[7]).toEqual({ kind: 'changed-meanwhile', id: stale.record.id });

    const events = await sendJson<{ value: { id: string; fields: Record<string, string> }[] }>(
      manager,
      { method: 'GET', url: eventsUrl(), query: { $expand: 'fields', $top: '999' }, label: 'test' },
    );
    const review = events.value.filter((event) => event.fields['Action'] === 'reclassified');
    expect(review).toHaveLength(1);
    const correction = events.value.find((event) => event.fields['Action'] === 'corrected');
    expect(JSON.parse(correction?.fields['Details'] ?? '{}')).toEqual({
      event: review[0]?.id,
      unapplied: [
        {
          id: stale.record.id,
          dedupKey: stale.record.metadata?.dedupKey,
          outcome: 'changed-meanwhile',
        },
      ],
    });
    const changed = await listReviewerChanges(manager, site);
    expect(changed.size).toBe(COUNT - 1);
    expect(changed.has(stale.record.metadata?.dedupKey ?? '')).toBe(false);
  });

  it('lets every changed record’s trail find the shared event, with the manager as server-set author', async () => {
    const items = await loadAll();
    const changed = items.find((item) => item.record.metadata?.assessment === 'niet-openbaar');
    const unchanged = items.find((item) => item.record.metadata?.assessment !== 'niet-openbaar');
    if (changed?.record.metadata == null || unchanged?.record.metadata == null)
      throw new Error('records missing');
    const trail = await listAuditTrail(
      manager,
      site,
      changed.record.metadata.dedupKey,
      changed.record.id,
    );
    const event = trail.find((entry) => entry.action === 'reclassified');
    expect(event?.author?.address).toBe(MANAGER);
    expect(event?.at).toBeInstanceOf(Date);
    expect(trail.map((entry) => entry.action)).toContain('filed');
    const other = await listAuditTrail(
      manager,
      site,
      unchanged.record.metadata.dedupKey,
      unchanged.record.id,
    );
    expect(other.map((entry) => entry.action)).not.toContain('reclassified');
  });
});
