import {
  ARCHIVE,
  demoIds,
  INTAKE,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

const RECORD_LABEL = 'Archiefwaardig - blijvend bewaren';

describe('a record under a record-declaring retention label', () => {
  let test: TestEmulator;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const put = (address: string, body: string, as = OFFICER) =>
    test.json(`/drives/${driveId}/${address}/content`, { method: 'PUT', body, as });
  const label = (id: string, body: unknown, as = OFFICER, scopes?: readonly string[]) =>
    test.json(`/drives/${driveId}/items/${id}/retentionLabel`, {
      method: 'PATCH',
      body,
      as,
      ...(scopes === undefined ? {} : { scopes }),
    });
  const session = (path: string, as = OFFICER) =>
    test.json(`/drives/${driveId}/root:/${INTAKE}/${path}:/createUploadSession`, {
      method: 'POST',
      body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } },
      as,
    });
  const filed = async (path: string, name = RECORD_LABEL) => {
    const created = await put(`root:/${INTAKE}/${path}:`, 'origineel');
    const id = String(created.body['id']);
    expect((await label(id, { name })).status).toBe(201);
    return id;
  };

  it('refuses new content with 423 resourceLocked, by id, by path and by upload session', async () => {
    const id = await filed('BZK-2025-0113/record.eml');
    const byId = await put(`items/${id}`, 'vervalst');
    expect(byId.status).toBe(423);
    expect(byId.body['error']).toEqual(expect.objectContaining({ code: 'resourceLocked' }));
    expect((await put(`root:/${INTAKE}/BZK-2025-0113/record.eml:`, 'vervalst')).status).toBe(423);
    const refused = await session('BZK-2025-0113/record.eml');
    expect(refused.status).toBe(423);
    expect(refused.body['uploadUrl']).toBeUndefined();
    const content = await test.call(`/drives/${driveId}/items/${id}/content`);
    expect(await content.text()).toBe('origineel');
  });

  it('says so in its retention settings and still takes column changes and a move', async () => {
    const id = await filed('BZK-2025-0113/kolommen.eml');
    const settings = (await test.json(`/drives/${driveId}/items/${id}/retentionLabel`)).body[
      'retentionSettings'
    ];
    expect(settings).toEqual(
      expect.objectContaining({
        behaviorDuringRetentionPeriod: 'retainAsRecord',
        isRecordLocked: true,
        isContentUpdateAllowed: false,
        isMetadataUpdateAllowed: true,
      }),
    );
    const fields = await test.json(`/drives/${driveId}/items/${id}/listItem/fields`, {
      method: 'PATCH',
      body: { BronvastToelichting: 'aangevuld' },
    });
    expect(fields.status).toBe(200);
    await put(`root:/${INTAKE}/BZK-2025-0021/ander.eml:`, 'ander');
    const moved = await test.json(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { parentReference: { path: `/drives/${driveId}/root:/${INTAKE}/BZK-2025-0021` } },
    });
    expect(moved.status).toBe(200);
  });

  it('leaves the label of a record to the site owner; an unlocked record takes new content', async () => {
    const id = await filed('BZK-2025-0113/label.eml');
    const removed = await test.json(`/drives/${driveId}/items/${id}/retentionLabel`, {
      method: 'DELETE',
    });
    expect(removed.status).toBe(403);
    expect((await label(id, { name: 'Vernietigen na 5 jaar' })).status).toBe(403);
    const unlocked = await label(id, { retentionSettings: { isRecordLocked: false } });
    expect(unlocked.status).toBe(200);
    expect((await put(`items/${id}`, 'nieuwe versie')).status).toBe(200);
    const byOwner = await test.call(`/drives/${driveId}/items/${id}/retentionLabel`, {
      method: 'DELETE',
      as: MANAGER,
    });
    expect(byOwner.status).toBe(204);
  });

  it('locks nothing under a label that only retains', async () => {
    const id = await filed('BZK-2025-0113/tijdelijk.eml', 'Vernietigen na 5 jaar');
    expect((await put(`items/${id}`, 'nieuw')).status).toBe(200);
    expect((await label(id, { name: 'Vernietigen na 5 jaar' })).status).toBe(200);
  });

  it("applies only labels of the tenant's catalogue", async () => {
    const created = await put(`root:/${INTAKE}/BZK-2025-0113/onbekend.eml:`, 'x');
    const id = String(created.body['id']);
    const refused = await label(id, { name: 'Bestaat niet' });
    expect(refused.status).toBe(400);
    expect((await test.json(`/drives/${driveId}/items/${id}/retentionLabel`)).status).toBe(404);
  });

  it('applies a record-declaring label only with Sites.FullControl.All; a label that retains needs less', async () => {
    const created = await put(`root:/${INTAKE}/BZK-2025-0113/rechten.eml:`, 'x');
    const id = String(created.body['id']);
    const readWrite = ['Sites.ReadWrite.All'];
    const refused = await label(id, { name: RECORD_LABEL }, OFFICER, readWrite);
    expect(refused.status).toBe(403);
    expect(refused.body['error']).toEqual(expect.objectContaining({ code: 'accessDenied' }));
    expect((await label(id, { name: 'Vernietigen na 5 jaar' }, OFFICER, readWrite)).status).toBe(
      201,
    );
    const full = [...readWrite, 'Sites.FullControl.All'];
    expect((await label(id, { name: RECORD_LABEL }, OFFICER, full)).status).toBe(200);
  });

  it('keeps a regulatory record as it is: no new content, columns, name or label, but it moves', async () => {
    const id = await filed('BZK-2025-0113/wettelijk.eml', 'Wettelijk archiefstuk - onwijzigbaar');
    const settings = (await test.json(`/drives/${driveId}/items/${id}/retentionLabel`)).body[
      'retentionSettings'
    ];
    expect(settings).toEqual(
      expect.objectContaining({
        behaviorDuringRetentionPeriod: 'retainAsRegulatoryRecord',
        isMetadataUpdateAllowed: false,
        isLabelUpdateAllowed: false,
      }),
    );
    expect((await put(`items/${id}`, 'vervalst')).status).toBe(423);
    const fields = await test.json(`/drives/${driveId}/items/${id}/listItem/fields`, {
      method: 'PATCH',
      body: { BronvastReviewStatus: 'geaccepteerd' },
      as: MANAGER,
    });
    expect(fields.status).toBe(423);
    const renamed = await test.json(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { name: 'anders.eml' },
      as: MANAGER,
    });
    expect(renamed.status).toBe(423);
    expect((await label(id, { name: RECORD_LABEL }, MANAGER)).status).toBe(403);
    expect((await label(id, { retentionSettings: { isRecordLocked: false } })).status).toBe(403);
    const removed = await test.call(`/drives/${driveId}/items/${id}/retentionLabel`, {
      method: 'DELETE',
      as: MANAGER,
    });
    expect(removed.status).toBe(403);
    const moved = await test.json(`/drives/${driveId}/items/${id}`, {
      method: 'PATCH',
      body: { parentReference: { path: `/drives/${driveId}/root:/${ARCHIVE}` } },
      as: MANAGER,
    });
    expect(moved.status).toBe(200);
  });

  it('refuses an upload session onto a file the caller may not change at creation, not at the last chunk', async () => {
    await put(`root:/${ARCHIVE}/BZK-2025-0113/van-marloes.eml:`, 'x', MANAGER);
    const refused = await test.json(
      `/drives/${driveId}/root:/${ARCHIVE}/BZK-2025-0113/van-marloes.eml:/createUploadSession`,
      { method: 'POST', body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } } },
    );
    expect(refused.status).toBe(403);
    expect(refused.body['error']).toEqual(expect.objectContaining({ code: 'accessDenied' }));
  });
});
