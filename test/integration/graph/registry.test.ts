import { reviewStateOf } from '../../../src/core/trust/review-state';
import { recordFieldsFromMetadata } from '../../../src/graph/records/record-fields';
import { asDossierId } from '../../../src/core/ids';
import {
  contentFromBytes,
  createDossier,
  fileRecord,
  listDossiers,
  listColumnDefinitions,
  provisionSite,
  queryRecords,
  resolveSite,
  updateDossier,
  type FiledRecord,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { applyReview } from '../../../src/graph/records-review';
import { aDraft, aMail, DEMO_SITE, MANAGER, mimeOf, startHarness, type Harness } from './harness';

let harness: Harness;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
});
afterAll(() => harness.stop());

describe('site discovery', () => {
  it('resolves the ids once and answers later calls from the cache', async () => {
    const client = harness.client();
    await resolveSite(client, DEMO_SITE);
    const before = client.counter.total();
    const again = await resolveSite(client, DEMO_SITE);
    expect(again.kind).toBe('resolved');
    expect(client.counter.total()).toBe(before);
  });

  it('says which lists are missing on a site that is not provisioned', async () => {
    const resolution = await resolveSite(harness.client(), {
      ...DEMO_SITE,
      lists: { audit: 'Ontbreekt' },
    });
    expect(resolution).toEqual({ kind: 'lists-missing', missing: ['Ontbreekt'] });
  });
});

describe('provisionSite', () => {
  const lists = { records: 'RecordsProef', dossiers: 'DossiersProef', audit: 'AuditProef' };

  it('creates the missing lists and columns, and changes nothing the second time', async () => {
    const location = { ...DEMO_SITE, lists };
    const first = await provisionSite(manager, location);
    expect(first.listsCreated).toEqual(['RecordsProef', 'DossiersProef', 'AuditProef']);
    const second = await provisionSite(manager, location);
    expect(second).toEqual({
      siteId: first.siteId,
      listsCreated: [],
      columnsAdded: [],
      columnsChanged: [],
    });
    const resolution = await resolveSite(manager, location);
    expect(resolution.kind).toBe('resolved');
    if (resolution.kind !== 'resolved') return;
    const message = aMail();
    const filed = await fileRecord(manager, {
      site: resolution.ids,
      content: contentFromBytes(mimeOf(message)),
      message,
      metadata: aDraft(message, MANAGER),
      dossierFolder: 'PROEF-1',
    });
    expect(filed.kind).toBe('filed');
  });

  it('leaves the demo site as it is', async () => {
    const report = await provisionSite(manager, DEMO_SITE);
    expect(report).toMatchObject({ listsCreated: [], columnsAdded: [], columnsChanged: [] });
  });

  it('indexes a column of an existing list that lacks its index', async () => {
    const location = { ...DEMO_SITE, lists: { ...lists, audit: 'AuditZonderIndex' } };
    await provisionSite(manager, location);
    const ids = await resolveSite(manager, location);
    if (ids.kind !== 'resolved') throw new Error('not provisioned');
    const { siteId, auditListId } = ids.ids;
    const columns = await listColumnDefinitions(manager, siteId, auditListId);
    const action = columns.find((column) => column.name === 'Action');
    const unindexed = await manager.send({
      method: 'PATCH',
      url: `/sites/${siteId}/lists/${auditListId}/columns/${action?.id ?? ''}`,
      json: { indexed: false },
      label: 'test',
    });
    expect(unindexed.status).toBe(200);
    const report = await provisionSite(manager, location);
    expect(report.columnsChanged).toEqual(['AuditZonderIndex.Action (index)']);
  });
});

describe('dossier registry', () => {
  it('reads the registry and adds and updates a dossier', async () => {
    const before = await listDossiers(manager, site);
    expect(before.length).toBeGreaterThan(0);
    const created = await createDossier(manager, site, {
      id: asDossierId('BV-2026-0001'),
      title: 'Proefdossier',
      keywords: ['proef', 'test'],
      status: 'open',
    });
    const updated = await updateDossier(manager, site, created.itemId, { status: 'closed' });
    expect(updated).toMatchObject({
      id: 'BV-2026-0001',
      status: 'closed',
      keywords: ['proef', 'test'],
    });
    const after = await listDossiers(manager, site);
    expect(after).toHaveLength(before.length + 1);
  });
});

describe('review queue', () => {
  const dossier = asDossierId('QUERY-1');
  const filed: FiledRecord[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 5; i++) {
      const message = aMail();
      const result = await fileRecord(harness.client(), {
        site,
        content: contentFromBytes(mimeOf(message)),
        message,
        metadata: { ...aDraft(message), dossier, filedAt: new Date(Date.UTC(2025, 0, 1 + i)) },
        dossierFolder: dossier,
      });
      if (result.kind === 'filed') filed.push(result.record);
    }
  });

  it('pages through the records of a dossier, newest first, following nextLink', async () => {
    const seen: string[] = [];
    let nextLink: string | undefined;
    do {
      const page = await queryRecords(manager, site, { dossier, top: 2 }, nextLink);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((record) => record.metadata?.filedAt.toISOString() ?? ''));
      nextLink = page.nextLink;
    } while (nextLink !== undefined);
    expect(seen).toHaveLength(5);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('filters by status, filer and date range', async () => {
    const first = filed[0];
    if (first?.metadata === null || first === undefined) throw new Error('no record filed');
    await applyReview(
      manager,
      site,
      [
        {
          id: first.id,
          dedupKey: first.metadata.dedupKey,
          // Never reviewed: no audit event yet, the columns as filed.
          link: '',
          state: reviewStateOf(recordFieldsFromMetadata(first.metadata)),
        },
      ],
      { kind: 'accept' },
      MANAGER,
    );
    const accepted = await queryRecords(manager, site, { dossier, status: 'geaccepteerd' });
    expect(accepted.items.map((record) => record.id)).toEqual([first.id]);
    const byOfficer = await queryRecords(manager, site, {
      dossier,
      filedBy: 'beleid@bronvast.example',
      order: 'oldest-first',
    });
    expect(byOfficer.items).toHaveLength(5);
    expect(byOfficer.items[0]?.metadata?.reviewStatus).toBe('geaccepteerd');
    const range = await queryRecords(manager, site, {
      dossier,
      filedFrom: new Date(Date.UTC(2025, 0, 2)),
      filedTo: new Date(Date.UTC(2025, 0, 4)),
    });
    expect(range.items).toHaveLength(3);
  });
});
