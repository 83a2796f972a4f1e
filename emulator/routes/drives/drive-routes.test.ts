import {
  ARCHIVE,
  demoIds,
  INTAKE,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

describe('drive items of the Records library', () => {
  let test: TestEmulator;
  let siteId: string;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId, driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  /** Uploads into the intake area, or (`area`) elsewhere in the library. */
  const put = (
    path: string,
    body: string | Buffer,
    options: { as?: string; behavior?: string; area?: string } = {},
  ) =>
    test.json(
      `/drives/${driveId}/root:/${options.area ?? INTAKE}/${path}:/content${options.behavior === undefined ? '' : `?@microsoft.graph.conflictBehavior=${options.behavior}`}`,
      {
        method: 'PUT',
        body,
        headers: { 'content-type': 'message/rfc822' },
        ...(options.as === undefined ? {} : { as: options.as }),
      },
    );

  it('uploads small content, creating missing folders, and answers a driveItem', async () => {
    const content = 'From: a@b.example\r\nSubject: nota\r\n\r\nTekst';
    const { status, body } = await put('BZK-2025-0113/2025/nota%20fasering.eml', content);
    expect(status).toBe(201);
    expect(body).toEqual(
      expect.objectContaining({ name: 'nota fasering.eml', size: Buffer.byteLength(content) }),
    );
    const file = body['file'] as { mimeType: string; hashes: Record<string, string> };
    expect(file.mimeType).toBe('message/rfc822');
    // SharePoint keeps no SHA-256 of a file: quickXorHash only.
    expect(Object.keys(file.hashes)).toEqual(['quickXorHash']);
    expect(file.hashes['quickXorHash']).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    const parent = body['parentReference'] as Record<string, string>;
    expect(parent['path']).toBe(`/drives/${driveId}/root:/${INTAKE}/BZK-2025-0113/2025`);
    expect((body['createdBy'] as { user: { email: string } }).user.email).toBe(OFFICER);
    expect(body['webUrl']).toBe(
      `https://bronvast.sharepoint.com/sites/informatiebeheer/Records/${INTAKE}/BZK-2025-0113/2025/nota%20fasering.eml`,
    );
    const folder = await test.json(`/drives/${driveId}/root:/${INTAKE}/BZK-2025-0113/2025`);
    expect(folder.body['folder']).toBeDefined();
  });

  it('reads the item by path with its list item, and streams the content back', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 13, 10]);
    await put('BZK-2025-0021/bijlage.bin', bytes);
    const item = await test.json(
      `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0021/bijlage.bin?$expand=listItem($expand=fields)`,
    );
    const listItem = item.body['listItem'] as { id: string; fields: Record<string, unknown> };
    expect(listItem.fields['FileLeafRef']).toBe('bijlage.bin');
    const content = await test.call(`/drives/${driveId}/items/${String(item.body['id'])}/content`);
    expect(Buffer.from(await content.arrayBuffer())).toEqual(bytes);
    const listed = await test.json(`/sites/${siteId}/lists/Records/items/${listItem.id}/driveItem`);
    expect(listed.body['id']).toBe(item.body['id']);
  });

  it('honours conflictBehavior fail, rename and replace', async () => {
    await put('BZK-2025-0150/brief.eml', 'versie 1');
    const conflict = await put('BZK-2025-0150/brief.eml', 'versie 2', { behavior: 'fail' });
    expect(conflict.status).toBe(409);
    expect((conflict.body['error'] as { code: string }).code).toBe('nameAlreadyExists');
    const renamed = await put('BZK-2025-0150/brief.eml', 'versie 2', { behavior: 'rename' });
    expect(renamed.body['name']).toBe('brief 1.eml');
    const replaced = await put('BZK-2025-0150/brief.eml', 'versie 3');
    expect(replaced.status).toBe(200);
    expect(replaced.body['size']).toBe(8);
    const text = await (
      await test.call(`/drives/${driveId}/root:/${INTAKE}/BZK-2025-0150/brief.eml:/content`)
    ).text();
    expect(text).toBe('versie 3');
  });

  it.each([
    ['a name with a forbidden character', 'BZK/vraag%3F.eml'],
    ['a trailing dot', 'BZK/nota.'],
    ['a leading space', 'BZK/%20nota.eml'],
    ['a reserved name', 'CON/nota.eml'],
    ['a lock file', 'BZK/.lock'],
    ['a path over 400 characters', `${'d'.repeat(200)}/${'n'.repeat(200)}.eml`],
  ])('refuses %s with 400 invalidRequest', async (_what, path) => {
    const { status, body } = await put(path, 'x');
    expect(status).toBe(400);
    expect((body['error'] as { code: string }).code).toBe('invalidRequest');
  });

  it('updates columns through listItem/fields and refuses fields the library does not have', async () => {
    const item = await put('BZK-2025-0042/reactie.eml', 'x');
    const fieldsPath = `/drives/${driveId}/items/${String(item.body['id'])}/listItem/fields`;
    const updated = await test.json(fieldsPath, {
      method: 'PATCH',
      body: {
        BronvastDedupKey: 'mail:<1@vng.example>',
        BronvastFiledBy: OFFICER,
        BronvastFiledAt: '2025-11-20T10:00:00Z',
        BronvastRelevance: 0.82,
        MailHasAttachments: false,
        BronvastReviewStatus: 'te-beoordelen',
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual(
      expect.objectContaining({ BronvastRelevance: 0.82, BronvastFiledAt: '2025-11-20T10:00:00Z' }),
    );
    const unknown = await test.json(fieldsPath, { method: 'PATCH', body: { Onbekend: 'x' } });
    expect(unknown.status).toBe(400);
    const found = await test.json(
      `/sites/${siteId}/lists/Records/items?$filter=fields/BronvastDedupKey eq 'mail:<1@vng.example>'&$expand=fields&$top=1`,
    );
    expect(found.body.value).toHaveLength(1);
  });

  it('applies a retention label', async () => {
    const item = await put('BZK-2025-0064/convenant.eml', 'x');
    const path = `/drives/${driveId}/items/${String(item.body['id'])}/retentionLabel`;
    const labelled = await test.json(path, {
      method: 'PATCH',
      body: { name: 'Archiefwaardig - blijvend bewaren' },
    });
    expect(labelled.status).toBe(201);
    expect(labelled.body['name']).toBe('Archiefwaardig - blijvend bewaren');
    expect((await test.json(path)).body['isLabelAppliedExplicitly']).toBe(true);
  });

  it('lets officers read every record but write only in the intake area, as SharePoint decides', async () => {
    const archived = await put('BZK-2025-0204/besluit.eml', 'x', { as: MANAGER, area: ARCHIVE });
    expect(archived.status).toBe(201);
    const id = String(archived.body['id']);
    // No "own items only": a library has no such setting; the site lets officers read all.
    expect((await test.call(`/drives/${driveId}/items/${id}`)).status).toBe(200);
    expect((await test.call(`/drives/${driveId}/items/${id}/content`)).status).toBe(200);
    const officerView = await test.json(
      `/sites/${siteId}/lists/Records/items?$expand=fields&$top=500`,
    );
    const names = (officerView.body.value ?? []).map(
      (entry) => (entry['fields'] as Record<string, unknown>)['FileLeafRef'],
    );
    expect(names).toEqual(expect.arrayContaining(['besluit.eml', 'reactie.eml']));
    expect((await put('BZK-2025-0204/besluit.eml', 'y', { area: ARCHIVE })).status).toBe(403);
    expect((await put('los.eml', 'y', { area: '' })).status).toBe(403);
    const archivedItem = await test.json(`/drives/${driveId}/items/${id}?$expand=listItem`);
    const archivedListItem = String((archivedItem.body['listItem'] as { id: string }).id);
    const forged = await test.json(
      `/sites/${siteId}/lists/Records/items/${archivedListItem}/fields`,
      { method: 'PATCH', body: { BronvastReviewStatus: 'geaccepteerd' } },
    );
    expect(forged.status).toBe(403);
    const officers = await test.json(
      `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0042/reactie.eml?$expand=listItem`,
    );
    const listItemId = String((officers.body['listItem'] as { id: string }).id);
    const review = await test.json(`/sites/${siteId}/lists/Records/items/${listItemId}/fields`, {
      method: 'PATCH',
      as: MANAGER,
      body: { BronvastReviewStatus: 'geaccepteerd' },
    });
    expect(review.body['BronvastReviewStatus']).toBe('geaccepteerd');
  });

  it('answers 404 for a path that does not exist', async () => {
    const { status, body } = await test.json(`/drives/${driveId}/root:/nergens/niets.eml`);
    expect(status).toBe(404);
    expect((body['error'] as { code: string }).code).toBe('itemNotFound');
    expect((await test.call('/drives/b!onbekend/root')).status).toBe(404);
  });
});

describe('drive browsing and label removal', () => {
  let test: TestEmulator;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it('lists children, expands listItem without fields, and removes a label', async () => {
    const created = await test.json(
      `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0189/klacht.eml:/content`,
      {
        method: 'PUT',
        body: 'x',
      },
    );
    const children = await test.json(`/drives/${driveId}/root:/${INTAKE}/BZK-2025-0189:/children`);
    expect((children.body.value ?? []).map((child) => child['name'])).toEqual(['klacht.eml']);
    const root = await test.json(`/drives/${driveId}/root/children`);
    expect((root.body.value ?? []).map((child) => child['name'])).toEqual(
      expect.arrayContaining([INTAKE, ARCHIVE]),
    );
    const expanded = await test.json(
      `/drives/${driveId}/items/${String(created.body['id'])}?$expand=listItem`,
    );
    expect(expanded.body['listItem']).toEqual(expect.objectContaining({ id: expect.any(String) }));
    expect((expanded.body['listItem'] as Record<string, unknown>)['fields']).toBeUndefined();
    const label = `/drives/${driveId}/items/${String(created.body['id'])}/retentionLabel`;
    await test.call(label, { method: 'PATCH', body: { name: 'Vernietigen na 5 jaar' } });
    expect((await test.call(label, { method: 'DELETE' })).status).toBe(204);
    expect((await test.call(label)).status).toBe(404);
  });
});
