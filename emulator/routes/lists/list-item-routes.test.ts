import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

type Item = Record<string, unknown> & { fields?: Record<string, unknown> };

describe('list items', () => {
  let test: TestEmulator;
  let siteId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const dossiers = (query: string, options = {}) =>
    test.json(`/sites/${siteId}/lists/Dossiers/items?${query}`, options);
  const kenmerken = (items: Item[] | undefined) =>
    (items ?? []).map((item) => item.fields?.['Kenmerk']);

  it('finds a dossier by an indexed field with $filter eq and $expand=fields', async () => {
    const { status, body } = await dossiers(
      "$filter=fields/Kenmerk eq 'BZK-2025-0113'&$expand=fields&$top=1",
    );
    expect(status).toBe(200);
    expect(body.value).toHaveLength(1);
    expect(body.value?.[0]?.['fields']).toEqual(
      expect.objectContaining({
        Title: 'Implementatie actieve openbaarmaking Woo',
        Status: 'open',
      }),
    );
    expect(body['@odata.context']).toContain('$metadata#');
  });

  it('combines and, or, ne, startswith and ge/le on one indexed field, sorted on it', async () => {
    const { body } = await dossiers(
      "$filter=(startswith(fields/Kenmerk,'BZK-2024') or fields/Kenmerk ge 'BZK-2025-0190') and fields/Kenmerk ne 'BZK-2024-0278'&$orderby=fields/Kenmerk desc&$expand=fields",
    );
    expect(kenmerken(body.value as Item[])).toEqual(['BZK-2025-0204', 'BZK-2024-0311']);
    const range = await dossiers(
      "$filter=fields/Kenmerk ge 'BZK-2025-0100' and fields/Kenmerk le 'BZK-2025-0150'&$expand=fields&$orderby=fields/Kenmerk",
    );
    expect(kenmerken(range.body.value as Item[])).toEqual([
      'BZK-2025-0113',
      'BZK-2025-0131',
      'BZK-2025-0150',
    ]);
  });

  it('pages with $top and an absolute nextLink that works when followed unchanged', async () => {
    const seen: unknown[] = [];
    let next: string | undefined =
      `/sites/${siteId}/lists/Dossiers/items?$top=5&$expand=fields($select=Kenmerk)&$orderby=fields/Kenmerk desc`;
    let pages = 0;
    while (next !== undefined) {
      const page = await test.json(next);
      seen.push(...kenmerken(page.body.value as Item[]));
      next = page.body['@odata.nextLink'] as string | undefined;
      if (next !== undefined)
        expect(next).toMatch(/^http:\/\/localhost:\d+\/v1\.0\/sites\/.*\$skiptoken=/);
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(12);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('applies fields($select=...) and $select', async () => {
    const { body } = await dossiers(
      "$filter=fields/Kenmerk eq 'BZK-2025-0021'&$select=id,fields&$expand=fields($select=Kenmerk,Owner)",
    );
    const item = body.value?.[0] as Item;
    expect(Object.keys(item.fields ?? {}).sort()).toEqual(['@odata.etag', 'Kenmerk', 'Owner']);
    expect(item['webUrl']).toBeUndefined();
  });

  it('rejects filter syntax it does not support and fields the list does not have', async () => {
    const bad = await dossiers("$filter=fields/Kenmerk eq 'x' xor true");
    expect(bad.status).toBe(400);
    expect((bad.body['error'] as { code: string }).code).toBe('invalidRequest');
    expect((await dossiers("$filter=contains(fields/Title,'Woo')")).status).toBe(400);
    expect((await dossiers("$filter=fields/Kenmerk eq 'unterminated")).status).toBe(400);
    const unknown = await dossiers("$filter=fields/Zaaknummer eq '1'");
    expect((unknown.body['error'] as { message: string }).message).toMatch(/Zaaknummer/);
  });

  it('requires the Prefer header to filter on a column that is not indexed', async () => {
    const query = "$filter=fields/Owner eq 'Sanne de Vries'&$expand=fields";
    expect((await dossiers(query)).status).toBe(400);
    const honoured = await dossiers(query, {
      headers: { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(honoured.status).toBe(200);
    expect(honoured.body.value).toHaveLength(3);
  });

  it('lets records managers add, change and delete audit events, as SharePoint lets anyone with write', async () => {
    const event = {
      fields: {
        Title: 'geaccepteerd',
        Action: 'accepted',
        Actor: MANAGER,
        RecordDedupKey: 'mail:abc',
        Details: '{"records":[]}',
        At: '2025-11-20T10:00:00Z',
      },
    };
    const list = `/sites/${siteId}/lists/BronvastAudit/items`;
    expect((await test.call(list, { method: 'POST', body: event })).status).toBe(403);
    const created = await test.json(list, { method: 'POST', as: MANAGER, body: event });
    expect(created.status).toBe(201);
    expect((created.body['fields'] as Record<string, unknown>)['RecordDedupKey']).toBe('mail:abc');
    const id = String(created.body['id']);
    // No append-only list in SharePoint: Bronvast's hash chain shows such changes instead.
    const patch = await test.call(`${list}/${id}/fields`, {
      method: 'PATCH',
      as: MANAGER,
      body: { Action: 'x' },
    });
    expect(patch.status).toBe(200);
    const seen = await test.json(
      `${list}?$filter=fields/RecordDedupKey eq 'mail:abc'&$expand=fields`,
    );
    expect(seen.body.value).toHaveLength(1);
    expect((await test.call(`${list}/${id}`, { method: 'DELETE' })).status).toBe(403);
    expect((await test.call(`${list}/${id}`, { method: 'DELETE', as: MANAGER })).status).toBe(204);
    expect((await test.call(`${list}/${id}`, { as: MANAGER })).status).toBe(404);
  });

  it('answers 400 invalidRequest for a field the list does not have, 403 for an officer changing a dossier', async () => {
    const list = await dossiers("$filter=fields/Kenmerk eq 'BZK-2025-0150'");
    const id = String(list.body.value?.[0]?.['id']);
    const path = `/sites/${siteId}/lists/Dossiers/items/${id}/fields`;
    const unknown = await test.json(path, {
      method: 'PATCH',
      as: MANAGER,
      body: { Zaaknummer: 'Z-1' },
    });
    expect(unknown.status).toBe(400);
    expect((unknown.body['error'] as { message: string }).message).toBe(
      "Field 'Zaaknummer' is not recognized",
    );
    expect(
      (await test.call(path, { method: 'PATCH', as: OFFICER, body: { Status: 'closed' } })).status,
    ).toBe(403);
    const changed = await test.json(path, {
      method: 'PATCH',
      as: MANAGER,
      body: { Status: 'closed' },
    });
    expect(changed.body['Status']).toBe('closed');
    expect(
      (await test.json(path, { method: 'PATCH', as: MANAGER, body: { Status: 'half' } })).status,
    ).toBe(400);
  });

  it('answers 404 for an unknown item or list', async () => {
    expect((await test.call(`/sites/${siteId}/lists/Dossiers/items/999`)).status).toBe(404);
    expect((await test.call(`/sites/${siteId}/lists/Nergens/items`)).status).toBe(404);
  });
});
