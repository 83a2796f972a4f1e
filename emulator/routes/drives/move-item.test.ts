import {
  ARCHIVE,
  demoIds,
  INTAKE,
  MANAGER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

describe('moving a record to another dossier folder', () => {
  let test: TestEmulator;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  /** Uploads into the intake area (or, for a records manager, into `area`). */
  const put = (path: string, as?: string, area = INTAKE) =>
    test.json(`/drives/${driveId}/root:/${area}/${path}:/content`, {
      method: 'PUT',
      body: 'inhoud',
      ...(as === undefined ? {} : { as }),
    });
  const patch = (id: string, body: unknown, headers: Record<string, string> = {}, as?: string) =>
    test.json(`/drives/${driveId}/items/${id}?$expand=listItem($expand=fields)`, {
      method: 'PATCH',
      body,
      headers,
      ...(as === undefined ? {} : { as }),
    });

  it('moves by parentReference id and renames, and the list item follows', async () => {
    const file = await put('BZK-2025-0113/verkeerd.eml');
    const target = await put('BZK-2025-0021/al-daar.eml');
    const folderId = String((target.body['parentReference'] as { id: string }).id);
    const moved = await patch(String(file.body['id']), {
      parentReference: { id: folderId },
      name: 'goed.eml',
    });
    expect(moved.status).toBe(200);
    expect(moved.body['name']).toBe('goed.eml');
    expect((moved.body['parentReference'] as { path: string }).path).toBe(
      `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0021`,
    );
    const listItem = moved.body['listItem'] as { webUrl: string; fields: Record<string, unknown> };
    expect(listItem.fields['FileLeafRef']).toBe('goed.eml');
    expect(listItem.webUrl).toMatch(/\/Records\/Aanlevering\/BZK-2025-0021\/goed\.eml$/);
    expect(
      (await test.json(`/drives/${driveId}/root:/${INTAKE}/BZK-2025-0113/verkeerd.eml`)).status,
    ).toBe(404);
    const byPath = await test.call(
      `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0021/goed.eml:/content`,
    );
    expect(await byPath.text()).toBe('inhoud');
  });

  it('moves by parentReference path, with a version that names who moved it', async () => {
    const file = await put('BZK-2025-0113/pad.eml');
    await put('BZK-2024-0278/iets.eml');
    const id = String(file.body['id']);
    const moved = await patch(id, {
      parentReference: { path: `/drives/${driveId}/root:/${INTAKE}/BZK-2024-0278` },
    });
    expect(moved.status).toBe(200);
    const versions = await test.json(`/drives/${driveId}/items/${id}/listItem/versions`);
    expect((versions.body.value ?? []).map((version) => version['id'])).toEqual(['2.0', '1.0']);
  });

  it('refuses a taken name, a stale etag, a missing folder and what is not the caller’s', async () => {
    const file = await put('BZK-2025-0113/dubbel.eml');
    await put('BZK-2025-0150/dubbel.eml');
    const id = String(file.body['id']);
    const path = (folder: string) => ({
      parentReference: { path: `/drives/${driveId}/root:/${INTAKE}/${folder}` },
    });
    const taken = await patch(id, path('BZK-2025-0150'));
    expect(taken.status).toBe(409);
    expect(taken.body['error']).toEqual(expect.objectContaining({ code: 'nameAlreadyExists' }));
    expect((await patch(id, path('BESTAAT-NIET'))).status).toBe(404);
    const stale = await patch(id, { name: 'x.eml' }, { 'if-match': '"{00000000-0000},1"' });
    expect(stale.status).toBe(412);
    const theirs = await put('BZK-2025-0113/van-marloes.eml', MANAGER, ARCHIVE);
    expect((await patch(String(theirs.body['id']), { name: 'mijn.eml' })).status).toBe(403);
  });

  it("keeps the item's id and versions when a records manager moves it into the records area, which an officer cannot", async () => {
    const file = await put('BZK-2025-0113/aangeleverd.eml');
    const id = String(file.body['id']);
    const archive = await put('BZK-2025-0113/ander.eml', MANAGER, ARCHIVE);
    const folder = String((archive.body['parentReference'] as { id: string }).id);
    expect((await patch(id, { parentReference: { id: folder } })).status).toBe(403);
    const moved = await patch(id, { parentReference: { id: folder } }, {}, MANAGER);
    expect(moved.status).toBe(200);
    expect(moved.body['id']).toBe(id);
    expect(moved.body['createdBy']).toEqual({
      user: expect.objectContaining({ email: 'beleid@bronvast.example' }),
    });
    const versions = await test.json(`/drives/${driveId}/items/${id}/listItem/versions`);
    expect((versions.body.value ?? []).map((version) => version['lastModifiedBy'])).toEqual([
      { user: expect.objectContaining({ email: MANAGER }) },
      { user: expect.objectContaining({ email: 'beleid@bronvast.example' }) },
    ]);
    // Now in the records area: the officer may read it but no longer change it.
    expect((await patch(id, { name: 'terug.eml' })).status).toBe(403);
  });
});
