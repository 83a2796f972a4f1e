import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

let test: TestEmulator;
let driveId: string;
let siteId: string;
beforeAll(async () => {
  test = await startTestEmulator();
  ({ driveId, siteId } = await demoIds(test));
});
afterAll(() => test.stop());

const put = async (path: string, as = OFFICER) => {
  const answer = await test.json(`/drives/${driveId}/root:/${path}:/content`, {
    method: 'PUT',
    body: 'x',
    as,
  });
  return String(answer.body['id']);
};
const remove = (id: string, options: { as?: string; headers?: Record<string, string> } = {}) =>
  test.call(`/drives/${driveId}/items/${id}`, { method: 'DELETE', ...options });

describe('DELETE /drives/{drive}/items/{id}', () => {
  it('deletes a file with its list item, answering 204', async () => {
    const id = await put('Aanlevering/Kladblok/weg.eml');
    const listItem = await test.json(`/drives/${driveId}/items/${id}/listItem`);
    expect((await remove(id)).status).toBe(204);
    expect((await test.call(`/drives/${driveId}/items/${id}`)).status).toBe(404);
    const item = await test.call(
      `/sites/${siteId}/lists/Records/items/${String(listItem.body['id'])}`,
      { as: MANAGER },
    );
    expect(item.status).toBe(404);
  });

  it('honours If-Match and needs a scope that writes files', async () => {
    const id = await put('Aanlevering/Kladblok/etag.eml');
    expect((await remove(id, { headers: { 'if-match': '"{00000000-0000},1"' } })).status).toBe(412);
    const readOnly = await test.call(`/drives/${driveId}/items/${id}`, {
      method: 'DELETE',
      scopes: ['Sites.Read.All'],
    });
    expect(readOnly.status).toBe(403);
    expect((await remove(id)).status).toBe(204);
  });

  it('refuses to delete a record, or a folder that holds one', async () => {
    const id = await put('Aanlevering/Kladblok/Dossier/record.eml');
    const labelled = await test.json(`/drives/${driveId}/items/${id}/retentionLabel`, {
      method: 'PATCH',
      body: { name: 'Vernietigen na 10 jaar' },
    });
    expect(labelled.status).toBe(201);
    expect((await remove(id)).status).toBe(403);
    const folder = await test.json(`/drives/${driveId}/root:/Aanlevering/Kladblok/Dossier`);
    expect((await remove(String(folder.body['id']), { as: MANAGER })).status).toBe(403);
    expect((await test.call(`/drives/${driveId}/items/${id}`)).status).toBe(200);
  });
});
