import {
  ARCHIVE,
  demoIds,
  INTAKE,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

type Version = {
  id: string;
  lastModifiedBy: { user: { email: string; displayName: string; id: string } };
  lastModifiedDateTime: string;
  fields: Record<string, unknown>;
};

describe('identity and versions the record system vouches for', () => {
  let test: TestEmulator;
  let siteId: string;
  let driveId: string;
  let clock = new Date('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    test = await startTestEmulator({ now: () => clock });
    ({ siteId, driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const file = async (path: string, content = 'From: a@b.example\r\n\r\nTekst') => {
    const put = await test.json(`/drives/${driveId}/root:/${INTAKE}/${path}:/content`, {
      method: 'PUT',
      body: content,
    });
    expect(put.status).toBe(201);
    return { driveItemId: String(put.body['id']) };
  };
  const listItemOf = async (driveItemId: string) =>
    (await test.json(`/drives/${driveId}/items/${driveItemId}/listItem`)).body;
  const patchFields = (listItemId: string, fields: unknown, as = OFFICER, ifMatch?: string) =>
    test.json(`/sites/${siteId}/lists/Records/items/${listItemId}/fields`, {
      method: 'PATCH',
      body: fields,
      as,
      ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
    });
  const versions = async (listItemId: string, as = OFFICER) =>
    test.json(`/sites/${siteId}/lists/Records/items/${listItemId}/versions?$expand=fields`, {
      as,
    });

  it('sets createdBy and lastModifiedBy from the token and refuses read-only fields', async () => {
    const { driveItemId } = await file('BZK-2025-0113/auteur.eml');
    const item = await listItemOf(driveItemId);
    const id = String(item['id']);
    expect(item['createdBy']).toEqual({
      user: expect.objectContaining({ email: OFFICER, displayName: 'Sanne de Vries' }),
    });
    expect(item['createdDateTime']).toBe('2026-03-02T09:00:00Z');
    for (const field of ['Author', 'Created', 'Modified', 'EditorLookupId', '_ComplianceTag']) {
      const refused = await patchFields(id, { [field]: 'informatiebeheer@bronvast.example' });
      expect(refused.status).toBe(400);
      expect(refused.body['error']).toEqual(
        expect.objectContaining({
          code: 'invalidRequest',
          message: `Field '${field}' is read-only`,
        }),
      );
    }
    clock = new Date('2026-03-02T10:00:00Z');
    await patchFields(id, { BronvastReviewStatus: 'geaccepteerd' }, MANAGER);
    const after = await listItemOf(driveItemId);
    expect((after['lastModifiedBy'] as Version['lastModifiedBy']).user.email).toBe(MANAGER);
    expect((after['createdBy'] as Version['lastModifiedBy']).user.email).toBe(OFFICER);
    expect(after['lastModifiedDateTime']).toBe('2026-03-02T10:00:00Z');
  });

  it('keeps one version per change, newest first, with who changed what', async () => {
    clock = new Date('2026-03-03T09:00:00Z');
    const { driveItemId } = await file('BZK-2025-0113/historie.eml');
    const id = String((await listItemOf(driveItemId))['id']);
    await patchFields(id, { BronvastReviewStatus: 'te-beoordelen', BronvastSha256: 'AA' });
    clock = new Date('2026-03-03T11:00:00Z');
    await patchFields(id, { BronvastReviewStatus: 'geaccepteerd' }, MANAGER);
    const { status, body } = await versions(id, MANAGER);
    expect(status).toBe(200);
    const list = body.value as unknown as Version[];
    expect(list.map((version) => version.id)).toEqual(['3.0', '2.0', '1.0']);
    expect(list.map((version) => version.lastModifiedBy.user.email)).toEqual([
      MANAGER,
      OFFICER,
      OFFICER,
    ]);
    expect(list[0]?.lastModifiedDateTime).toBe('2026-03-03T11:00:00Z');
    expect(list.map((version) => version.fields['BronvastReviewStatus'])).toEqual([
      'geaccepteerd',
      'te-beoordelen',
      undefined,
    ]);
    expect(list[1]?.fields['BronvastSha256']).toBe('AA');
    const one = await test.json(
      `/drives/${driveId}/items/${driveItemId}/listItem/versions/2.0?$expand=fields`,
      { as: MANAGER },
    );
    expect(one.body['fields']).toEqual(expect.objectContaining({ BronvastSha256: 'AA' }));
  });

  it('gives a version its column values only when asked with $expand=fields', async () => {
    const { driveItemId } = await file('BZK-2025-0113/zonder-velden.eml');
    const id = String((await listItemOf(driveItemId))['id']);
    const bare = await test.json(`/sites/${siteId}/lists/Records/items/${id}/versions`);
    expect(bare.status).toBe(200);
    expect(bare.body.value?.[0]).not.toHaveProperty('fields');
    expect((await versions(id)).body.value?.[0]).toHaveProperty('fields');
  });

  it('counts replaced content as a version and hides the history from who may not read it', async () => {
    const { driveItemId } = await file('BZK-2025-0021/inhoud.eml', 'eerste');
    await test.json(`/drives/${driveId}/items/${driveItemId}/content`, {
      method: 'PUT',
      body: 'tweede versie',
    });
    const id = String((await listItemOf(driveItemId))['id']);
    const own = await versions(id);
    expect((own.body.value ?? []).map((version) => version['id'])).toEqual(['2.0', '1.0']);
    const files = await test.json(`/drives/${driveId}/items/${driveItemId}/versions`);
    expect(files.status).toBe(200);
    expect((files.body.value ?? []).map((version) => [version['id'], version['size']])).toEqual([
      ['2.0', 13],
      ['1.0', 6],
    ]);
    expect(files.body.value?.[0]?.['lastModifiedBy']).toEqual({
      user: expect.objectContaining({ email: OFFICER }),
    });
    // The earlier bytes are kept, readable as that version's content; the current one is /content.
    const earlier = await test.call(`/drives/${driveId}/items/${driveItemId}/versions/1.0/content`);
    expect(await earlier.text()).toBe('eerste');
    const current = await test.call(`/drives/${driveId}/items/${driveItemId}/versions/2.0/content`);
    expect(current.status).toBe(400);
    const mine = await test.json(
      `/drives/${driveId}/root:/${ARCHIVE}/BZK-2025-0021/van-marloes.eml:/content`,
      { method: 'PUT', body: 'x', as: MANAGER },
    );
    // Its own permissions, without what it inherited: only the records managers' group.
    const shared = await test.json(`/drives/${driveId}/items/${String(mine.body['id'])}/invite`, {
      method: 'POST',
      as: MANAGER,
      body: {
        recipients: [{ email: 'bronvast-informatiebeheer@bronvast.example' }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
        retainInheritedPermissions: false,
      },
    });
    expect(shared.status).toBe(200);
    const theirs = await test.json(
      `/drives/${driveId}/items/${String(mine.body['id'])}/listItem/versions`,
    );
    expect(theirs.status).toBe(403);
    expect(theirs.body['error']).toEqual(expect.objectContaining({ code: 'accessDenied' }));
  });

  it('answers a stale If-Match with 412 and the envelope, and accepts the current etag', async () => {
    const { driveItemId } = await file('BZK-2025-0113/etag.eml');
    const item = await listItemOf(driveItemId);
    const id = String(item['id']);
    const first = String(item['eTag']);
    const ok = await patchFields(id, { BronvastReviewStatus: 'te-beoordelen' }, OFFICER, first);
    expect(ok.status).toBe(200);
    const stale = await patchFields(id, { BronvastReviewStatus: 'geaccepteerd' }, OFFICER, first);
    expect(stale.status).toBe(412);
    expect(stale.body['error']).toEqual(expect.objectContaining({ code: 'preconditionFailed' }));
    const fields = (await test.json(`/sites/${siteId}/lists/Records/items/${id}/fields`)).body;
    expect(fields['BronvastReviewStatus']).toBe('te-beoordelen');
    const current = String(fields['@odata.etag']);
    expect(current).not.toBe(first);
    const fresh = await patchFields(id, { BronvastReviewStatus: 'geaccepteerd' }, OFFICER, current);
    expect(fresh.status).toBe(200);
    const driveItem = (await test.json(`/drives/${driveId}/items/${driveItemId}`)).body;
    const byDriveEtag = await patchFields(
      id,
      { BronvastDossier: 'BZK-2025-0113' },
      OFFICER,
      String(driveItem['eTag']),
    );
    expect(byDriveEtag.status).toBe(200);
  });

  it('keeps an audit event as its writer wrote it, who may be a records manager only', async () => {
    clock = new Date('2026-03-04T08:30:00Z');
    const event = {
      fields: {
        Title: 'x',
        Action: 'accepted',
        Actor: OFFICER,
        RecordDedupKey: 'mail:x',
        At: '2020-01-01T00:00:00Z',
      },
    };
    const list = `/sites/${siteId}/lists/BronvastAudit/items`;
    const refused = await test.json(list, { method: 'POST', body: event });
    expect(refused.status).toBe(403);
    const posted = await test.json(list, { method: 'POST', as: MANAGER, body: event });
    expect(posted.status).toBe(201);
    // SharePoint stores what the client wrote; who and when are the item's own.
    expect(posted.body['fields']).toEqual(
      expect.objectContaining({ Actor: OFFICER, At: '2020-01-01T00:00:00Z' }),
    );
    expect(posted.body['createdBy']).toEqual({ user: expect.objectContaining({ email: MANAGER }) });
    expect(posted.body['createdDateTime']).toBe('2026-03-04T08:30:00Z');
  });
});
