import { demoIds, MANAGER, startTestEmulator, type TestEmulator } from '../../testing/harness';

describe('sites, lists and columns', () => {
  let test: TestEmulator;
  let siteId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it('finds the site by hostname and path, with an id of host and two guids', async () => {
    expect(siteId).toMatch(/^bronvast\.sharepoint\.com,[0-9a-f-]{36},[0-9a-f-]{36}$/);
    expect((await test.call('/sites/bronvast.sharepoint.com:/sites/elders')).status).toBe(404);
  });

  it('lists the lists with $select and finds one by name or id', async () => {
    const lists = `/sites/${siteId}/lists?$select=id,name,displayName,list`;
    const { body } = await test.json(lists, { as: MANAGER });
    const names = (body.value ?? []).map((list) => list['name']);
    expect(names).toEqual([
      'Records',
      'Dossiers',
      'BronvastAudit',
      'BronvastSettings',
      'BronvastWooRequests',
      'BronvastWooLog',
      'BronvastWooDocuments',
      'BronvastDekking',
    ]);
    // An officer is not shown the lists she may not open: the Woo desk's are the records managers';
    // the coverage list takes her counts.
    const officer = await test.json(lists);
    expect((officer.body.value ?? []).map((list) => list['name'])).toEqual(
      names.filter((name) => !String(name).startsWith('BronvastWoo')),
    );
    expect(body.value?.[0]?.['list']).toEqual(
      expect.objectContaining({ template: 'documentLibrary' }),
    );
    expect(body.value?.[0]?.['webUrl']).toBeUndefined();
    const byId = await test.json(`/sites/${siteId}/lists/${String(body.value?.[1]?.['id'])}`);
    expect(byId.body['displayName']).toBe('Dossiers');
  });

  it('gives the Records library a drive and the Dossiers list none', async () => {
    const drive = await test.json(`/sites/${siteId}/lists/Records/drive`);
    expect(drive.body['driveType']).toBe('documentLibrary');
    expect(String(drive.body['id'])).toMatch(/^b!/);
    expect((await test.call(`/sites/${siteId}/lists/Dossiers/drive`)).status).toBe(404);
  });

  it('has every Records column of the Graph surface', async () => {
    const { body } = await test.json(`/sites/${siteId}/lists/Records/columns`);
    const names = (body.value ?? []).map((column) => column['name']);
    expect(names).toEqual(
      expect.arrayContaining([
        'BronvastDedupKey',
        'BronvastFiledAt',
        'BronvastReviewStatus',
        'BronvastDuplicateOf',
        'MailHasAttachments',
        'MailConversationId',
      ]),
    );
    const dedup = body.value?.find((column) => column['name'] === 'BronvastDedupKey');
    expect(dedup?.['indexed']).toBe(true);
  });

  it('lets only records managers provision lists and columns', async () => {
    const definition = {
      displayName: 'Proef',
      columns: [{ name: 'Nummer', number: {} }],
      list: { template: 'genericList' },
    };
    expect(
      (await test.call(`/sites/${siteId}/lists`, { method: 'POST', body: definition })).status,
    ).toBe(403);
    const created = await test.json(`/sites/${siteId}/lists`, {
      method: 'POST',
      as: MANAGER,
      body: definition,
    });
    expect(created.status).toBe(201);
    const again = await test.json(`/sites/${siteId}/lists`, {
      method: 'POST',
      as: MANAGER,
      body: definition,
    });
    expect(again.status).toBe(409);
    const column = await test.json(`/sites/${siteId}/lists/Proef/columns`, {
      method: 'POST',
      as: MANAGER,
      body: { name: 'Omschrijving', text: {} },
    });
    expect(column.status).toBe(201);
    const duplicate = await test.json(`/sites/${siteId}/lists/Proef/columns`, {
      method: 'POST',
      as: MANAGER,
      body: { name: 'Omschrijving', text: {} },
    });
    expect(duplicate.status).toBe(409);
    const body = { fields: { Title: 'een', Nummer: '7', Omschrijving: 'x' } };
    // The new list inherits the site's permissions: officers read, records managers write.
    const path = `/sites/${siteId}/lists/Proef/items`;
    expect((await test.call(path, { method: 'POST', body })).status).toBe(403);
    const item = await test.json(path, { method: 'POST', as: MANAGER, body });
    expect((item.body['fields'] as Record<string, unknown>)['Nummer']).toBe(7);
  });
});
