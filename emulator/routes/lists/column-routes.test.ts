import { demoIds, MANAGER, startTestEmulator, type TestEmulator } from '../../testing/harness';

let test: TestEmulator;
let siteId: string;
beforeAll(async () => {
  test = await startTestEmulator();
  ({ siteId } = await demoIds(test));
});
afterAll(() => test.stop());

type Column = { id: string; name: string; indexed: boolean; text?: Record<string, unknown> };

async function column(list: string, name: string): Promise<Column> {
  const answer = await test.json(`/sites/${siteId}/lists/${list}/columns`, { as: MANAGER });
  const found = (answer.body.value ?? []).find((candidate) => candidate['name'] === name);
  if (found === undefined) throw new Error(`no column ${name}`);
  return found as unknown as Column;
}

const patch = (list: string, id: string, body: unknown, as = MANAGER) =>
  test.json(`/sites/${siteId}/lists/${list}/columns/${id}`, { method: 'PATCH', body, as });

describe('PATCH /sites/{site}/lists/{list}/columns/{column-id}', () => {
  it('indexes a column, after which a filter on it needs no Prefer header', async () => {
    const actor = await column('BronvastAudit', 'Actor');
    expect(actor.indexed).toBe(false);
    const filter = `/sites/${siteId}/lists/BronvastAudit/items?$filter=fields/Actor eq 'x'`;
    expect((await test.json(filter, { as: MANAGER })).status).toBe(400);
    const answer = await patch('BronvastAudit', actor.id, { indexed: true });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: actor.id, name: 'Actor', indexed: true });
    expect((await test.json(filter, { as: MANAGER })).status).toBe(200);
  });

  it('makes a single line of text multiple lines, and refuses to index it then', async () => {
    const owner = await column('Dossiers', 'Owner');
    const widened = await patch('Dossiers', owner.id, { text: { allowMultipleLines: true } });
    expect(widened.status).toBe(200);
    expect(widened.body['text']).toMatchObject({ allowMultipleLines: true });
    const indexed = await patch('Dossiers', owner.id, { indexed: true });
    expect(indexed.status).toBe(400);
    expect((await column('Dossiers', 'Owner')).indexed).toBe(false);
  });

  it('keeps the name and the type of a column', async () => {
    const kenmerk = await column('Dossiers', 'Kenmerk');
    expect((await patch('Dossiers', kenmerk.id, { number: {} })).status).toBe(400);
    expect((await patch('Dossiers', kenmerk.id, { name: 'Anders' })).status).toBe(400);
    expect((await column('Dossiers', 'Kenmerk')).text).toMatchObject({ allowMultipleLines: false });
  });

  it('answers 404 for a column id the list does not have', async () => {
    const answer = await patch('Dossiers', '00000000-0000-0000-0000-000000000000', {
      indexed: true,
    });
    expect(answer.status).toBe(404);
  });
});

describe('values of a single line of text', () => {
  it('holds 255 characters and refuses more, where multiple lines take them', async () => {
    // The audit list is the records managers' to write (docs/trust.md).
    const items = `/sites/${siteId}/lists/BronvastAudit/items`;
    const fits = await test.json(items, {
      method: 'POST',
      as: MANAGER,
      body: { fields: { Action: 'a'.repeat(255) } },
    });
    expect(fits.status).toBe(201);
    const longer = await test.json(items, {
      method: 'POST',
      as: MANAGER,
      body: { fields: { Action: 'a'.repeat(256) } },
    });
    expect(longer.status).toBe(400);
    const title = await test.json(items, {
      method: 'POST',
      as: MANAGER,
      body: { fields: { Title: 't'.repeat(300) } },
    });
    expect(title.status).toBe(400);
    const note = await test.json(items, {
      method: 'POST',
      as: MANAGER,
      body: { fields: { Details: 'd'.repeat(5000) } },
    });
    expect(note.status).toBe(201);
  });
});
