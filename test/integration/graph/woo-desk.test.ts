import {
  applyReview,
  contentFromBytes,
  fileRecord,
  moveRecordFiles,
  queryReviewQueue,
  reviewTargetOf,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { asDossierId } from '../../../src/core/ids';
import {
  addToSelection,
  createWooRequest,
  findWooRequest,
  listSelection,
  readWooLog,
  recordWooEvent,
  recordWooSearch,
  resolveWooSite,
  saveDocumentDecision,
  saveRedactions,
  searchRecords,
  type WooSite,
} from '../../../src/graph/woo';
import { aDraft, aMail, MANAGER, mimeOf, OFFICER, startHarness, type Harness } from './harness';

let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;
let woo: WooSite;

const file = (client: GraphClient, subject: string, bodyText: string, sent: string) => {
  const message = aMail({ subject, bodyText, sent: new Date(sent) });
  return fileRecord(client, {
    site,
    content: contentFromBytes(mimeOf(message)),
    message,
    metadata: aDraft(message, client === manager ? MANAGER : OFFICER),
    dossierFolder: 'BZK-2024-0113',
  });
};

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  await harness.site(officer);
  const resolved = await resolveWooSite(manager, site);
  if (resolved.kind !== 'resolved') throw new Error(resolved.missing.join());
  woo = resolved.woo;
  await file(
    officer,
    'Windpark Noordzee',
    'Het advies over de vergunning volgt morgen.',
    '2024-03-05T10:00:00Z',
  );
  await file(
    officer,
    'Begroting 2025',
    'De vergunning voor het windpark is rond.',
    '2024-06-01T10:00:00Z',
  );
  await file(
    manager,
    'Overleg',
    'Niets over windparken hier; wel over subsidie.',
    '2024-04-01T10:00:00Z',
  );
});
afterAll(() => harness.stop());

describe('the Woo desk in the record system', () => {
  it('finds filed records by their words through Microsoft Search, with the record beside each hit', async () => {
    const page = await searchRecords(manager, site, { text: 'vergunning' });
    expect(page.total).toBe(2);
    expect(page.hits.map((hit) => hit.record?.subject).sort()).toEqual([
      'Begroting 2025',
      'Windpark Noordzee',
    ]);
    expect(page.hits[0]?.summary).toContain('<c0>vergunning</c0>');
    expect(page.hits.every((hit) => hit.record?.dossier === 'BZK-2024-0113')).toBe(true);
  });

  it('filters by period, dossier and kind, and finds a phrase', async () => {
    const period = await searchRecords(manager, site, {
      text: 'vergunning',
      from: new Date('2024-03-01T00:00:00Z'),
      to: new Date('2024-03-31T00:00:00Z'),
    });
    expect(period.hits.map((hit) => hit.record?.subject)).toEqual(['Windpark Noordzee']);
    expect(
      (await searchRecords(manager, site, { text: 'vergunning', dossier: 'BZK-2025-0001' })).total,
    ).toBe(0);
    expect((await searchRecords(manager, site, { text: 'vergunning', kind: 'chat' })).total).toBe(
      0,
    );
    expect(
      (await searchRecords(manager, site, { text: '"advies over de vergunning"' })).total,
    ).toBe(1);
  });

  it('never lets the words of a search widen its scope', async () => {
    const page = await searchRecords(manager, site, {
      text: 'vergunning OR subsidie',
      dossier: 'BZK-2025-0001',
    });
    expect(page.total).toBe(0);
  });

  it('keeps a request with its log, selection and decisions, and a zaaknummer names one request', async () => {
    const created = await createWooRequest(manager, woo, {
      zaaknummer: 'WOO-2024-0007',
      received: new Date('2024-09-02T00:00:00Z'),
      text: 'Alle stukken over het windpark',
      requester: 'Mr. A. Verzoeker',
    });
    expect(created.kind).toBe('created');
    expect(
      (
        await createWooRequest(manager, woo, {
          zaaknummer: 'WOO-2024-0007',
          received: new Date(),
          text: '',
          requester: '',
        })
      ).kind,
    ).toBe('zaaknummer-taken');
    await recordWooEvent(manager, woo, 'WOO-2024-0007', {
      kind: 'verlenging',
      at: new Date('2024-09-20T00:00:00Z'),
      note: 'omvang',
    });
    const page = await searchRecords(manager, site, { text: 'vergunning' });
    await recordWooSearch(manager, woo, 'WOO-2024-0007', { text: 'vergunning' }, page.total);
    const ids = page.hits.flatMap((hit) => (hit.record === null ? [] : [hit.record.recordId]));
    expect(await addToSelection(manager, woo, 'WOO-2024-0007', ids)).toBe(2);
    expect(await addToSelection(manager, woo, 'WOO-2024-0007', ids)).toBe(0);
    const selection = await listSelection(manager, woo, 'WOO-2024-0007');
    const first = selection[0];
    if (first === undefined) throw new Error('no selection');
    await saveDocumentDecision(manager, woo, 'WOO-2024-0007', first, {
      level: 'deels-openbaar',
      grounds: ['5.1.2e', 'dubbel'],
      toelichting: 'namen',
    });
    await saveRedactions(manager, woo, 'WOO-2024-0007', first, {
      proposals: new Map([['5.1.2e|Jan Jansen|0', 'rejected']]),
      manual: [{ text: 'windpark', ground: '5.1.2i' }],
    });
    const reread = (await listSelection(manager, woo, 'WOO-2024-0007'))[0];
    expect(reread?.decision).toEqual({
      level: 'deels-openbaar',
      grounds: ['5.1.2e', 'dubbel'],
      toelichting: 'namen',
    });
    expect(reread?.proposals.get('5.1.2e|Jan Jansen|0')).toBe('rejected');
    expect(reread?.manual).toEqual([{ text: 'windpark', ground: '5.1.2i' }]);
    const log = await readWooLog(manager, woo, 'WOO-2024-0007');
    expect(log.events).toEqual([
      { kind: 'verlenging', at: new Date('2024-09-20T00:00:00Z'), note: 'omvang' },
    ]);
    expect(log.searches).toEqual([
      expect.objectContaining({ query: { text: 'vergunning' }, hits: 2, by: MANAGER }),
    ]);
    expect((await findWooRequest(manager, woo, 'WOO-2024-0007'))?.request.requester).toBe(
      'Mr. A. Verzoeker',
    );
  });

  it('still finds a record once a records manager has accepted it into the records area', async () => {
    const queue = await queryReviewQueue(manager, site, {});
    // The records' text renditions lie beside them in the library, but they are no records.
    expect(queue.items).toHaveLength(3);
    expect(queue.items.some((found) => found.record.webUrl.endsWith('.txt'))).toBe(false);
    const item = queue.items.find(
      (found) => found.record.metadata?.subject === 'Windpark Noordzee',
    );
    const target = item === undefined ? null : reviewTargetOf(item);
    if (target === null) throw new Error('not filed');
    const [outcome] = await applyReview(manager, site, [target], { kind: 'accept' }, MANAGER);
    expect(outcome?.kind).toBe('done');
    const [moved] = await moveRecordFiles(manager, site, [target.id], asDossierId('BZK-2024-0113'));
    expect(moved).toMatchObject({ kind: 'moved', path: expect.stringContaining('/Archief/') });
    // Its text rendition moved along: the hit still has its record, by dossier too.
    const page = await searchRecords(manager, site, {
      text: 'vergunning',
      dossier: 'BZK-2024-0113',
    });
    expect(page.total).toBe(2);
    const accepted = page.hits.find((hit) => hit.record?.subject === 'Windpark Noordzee');
    expect(accepted?.record?.webUrl).toContain('/Archief/BZK-2024-0113/');
    expect(page.hits.every((hit) => hit.record !== null)).toBe(true);
  });

  it('keeps requests from policy officers: only records managers read the Woo lists', async () => {
    // The lists' own permissions leave officers out: SharePoint refuses, it does not filter.
    await expect(findWooRequest(officer, woo, 'WOO-2024-0007')).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
    expect((await findWooRequest(manager, woo, 'WOO-2024-0007'))?.request.zaaknummer).toBe(
      'WOO-2024-0007',
    );
  });
});
