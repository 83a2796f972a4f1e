import { RECORDS_MANAGERS_GROUP } from '../../seed/users';
import {
  demoIds,
  INTAKE,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

let test: TestEmulator;
let ids: { siteId: string; driveId: string };
let library: string;

const put = async (path: string, text: string, as = OFFICER) => {
  const response = await test.call(`/drives/${ids.driveId}/root:/${path}:/content`, {
    method: 'PUT',
    body: text,
    headers: { 'content-type': 'text/plain' },
    as,
  });
  expect(response.status).toBeLessThan(300);
  return (await response.json()) as { id: string };
};

const search = (queryString: string, extra: Record<string, unknown> = {}, as = MANAGER) =>
  test.json('/search/query', {
    method: 'POST',
    as,
    body: { requests: [{ entityTypes: ['driveItem'], query: { queryString }, ...extra }] },
  });

const hitNames = (body: Record<string, unknown>) => {
  const value = body['value'] as {
    hitsContainers: { hits?: { resource: { name: string } }[] }[];
  }[];
  return (value[0]?.hitsContainers[0]?.hits ?? []).map((hit) => hit.resource.name).sort();
};

beforeAll(async () => {
  test = await startTestEmulator();
  ids = await demoIds(test);
  const drive = await test.json(`/drives/${ids.driveId}`);
  library = String(drive.body['webUrl']);
  await put(
    `${INTAKE}/BZK-2025-0113/a.eml.txt`,
    'Onderwerp: Subsidieregeling windparken\n\nHet advies over de subsidie volgt.',
  );
  await put(
    `${INTAKE}/BZK-2025-0113/b.eml.txt`,
    'Onderwerp: Begroting\n\nDe begroting van de subsidieregeling is rond.',
  );
  await put(
    `${INTAKE}/BZK-2025-0021/c.eml.txt`,
    'Onderwerp: Windparken Noordzee\n\nOverleg over windparken op zee.',
  );
  await put(
    `${INTAKE}/BZK-2025-0021/d.eml`,
    'subsidie in een mail die niet als tekst is geparseerd',
  );
  await restrictedFolder('Vertrouwelijk');
  await put('Vertrouwelijk/e.eml.txt', 'Geheim subsidieadvies van de manager', MANAGER);
  const item = await test.json(
    `/drives/${ids.driveId}/root:/${INTAKE}/BZK-2025-0113/a.eml.txt?$expand=listItem`,
  );
  const listItemId = String((item.body['listItem'] as { id: string }).id);
  await test.call(`/drives/${ids.driveId}/items/${String(item.body['id'])}/listItem/fields`, {
    method: 'PATCH',
    body: { MailSent: '2025-03-06T08:12:00Z' },
  });
  expect(listItemId).not.toBe('');
});

afterAll(() => test.stop());

/** A folder only the records managers' group may read: its inheritance broken by `invite`. */
async function restrictedFolder(name: string): Promise<void> {
  const folder = await test.json(`/drives/${ids.driveId}/root/children`, {
    method: 'POST',
    as: MANAGER,
    body: { name, folder: {} },
  });
  expect(folder.status).toBe(201);
  const invited = await test.json(
    `/drives/${ids.driveId}/items/${String(folder.body['id'])}/invite`,
    {
      method: 'POST',
      as: MANAGER,
      body: {
        recipients: [{ objectId: RECORDS_MANAGERS_GROUP.id }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: false,
        retainInheritedPermissions: false,
      },
    },
  );
  expect(invited.status).toBe(200);
}

describe('POST /search/query', () => {
  it('finds text files by their words, with the words marked in the summary', async () => {
    const { status, body } = await search(`subsidie AND path:"${library}"`);
    expect(status).toBe(200);
    expect(hitNames(body)).toEqual(['a.eml.txt']);
    const container = (body['value'] as { hitsContainers: Record<string, unknown>[] }[])[0]
      ?.hitsContainers[0];
    const hit = (container?.['hits'] as { summary: string; rank: number; hitId: string }[])[0];
    expect(hit?.summary).toContain('<c0>subsidie</c0>');
    expect(hit?.rank).toBe(1);
    expect(container?.['total']).toBe(1);
  });

  it('understands phrases, OR, NOT, prefixes and parentheses', async () => {
    const scope = `path:"${library}"`;
    expect(hitNames((await search(`"subsidie volgt" ${scope}`)).body)).toEqual(['a.eml.txt']);
    expect(hitNames((await search(`(begroting OR windparken) ${scope}`)).body)).toEqual([
      'a.eml.txt',
      'b.eml.txt',
      'c.eml.txt',
    ]);
    expect(hitNames((await search(`windparken NOT zee ${scope}`)).body)).toEqual(['a.eml.txt']);
    expect(hitNames((await search(`subsidie* ${scope}`)).body)).toEqual([
      'a.eml.txt',
      'b.eml.txt',
      'e.eml.txt',
    ]);
  });

  it('scopes by folder path, file type and the refinable date', async () => {
    expect(
      hitNames((await search(`windparken AND path:"${library}/${INTAKE}/BZK-2025-0021"`)).body),
    ).toEqual(['c.eml.txt']);
    expect(hitNames((await search('subsidie AND filetype:eml')).body)).toEqual([]);
    expect(
      hitNames(
        (await search('windparken AND RefinableDate00>=2025-03-01 AND RefinableDate00<=2025-03-06'))
          .body,
      ),
    ).toEqual(['a.eml.txt']);
    expect(hitNames((await search('windparken AND RefinableDate00>2025-03-06')).body)).toEqual([]);
  });

  it('leaves out what the signed-in user may not read', async () => {
    expect(hitNames((await search('subsidieadvies', {}, OFFICER)).body)).toEqual([]);
    expect(hitNames((await search('subsidieadvies', {}, MANAGER)).body)).toEqual(['e.eml.txt']);
    // Paging and the total count only what she may read.
    const officer = await search('subsidie*', { from: 0, size: 1 }, OFFICER);
    const container = (officer.body['value'] as { hitsContainers: Record<string, unknown>[] }[])[0]
      ?.hitsContainers[0];
    expect(container?.['total']).toBe(2);
    expect(container?.['moreResultsAvailable']).toBe(true);
    const rest = await search('subsidie*', { from: 1, size: 5 }, OFFICER);
    expect([...hitNames(officer.body), ...hitNames(rest.body)].sort()).toEqual([
      'a.eml.txt',
      'b.eml.txt',
    ]);
  });

  it('pages with from and size and says when there is more', async () => {
    const first = await search('subsidie* OR windparken', { from: 0, size: 2 });
    const container = (first.body['value'] as { hitsContainers: Record<string, unknown>[] }[])[0]
      ?.hitsContainers[0];
    expect(container?.['total']).toBe(4);
    expect(container?.['moreResultsAvailable']).toBe(true);
    const rest = await search('subsidie* OR windparken', { from: 2, size: 2 });
    expect([...hitNames(first.body), ...hitNames(rest.body)].sort()).toEqual([
      'a.eml.txt',
      'b.eml.txt',
      'c.eml.txt',
      'e.eml.txt',
    ]);
  });

  it('refuses what Microsoft Search refuses, with the error envelope', async () => {
    expect((await search('subsidie', { size: 501 })).status).toBe(400);
    expect((await search('"subsidie')).status).toBe(400);
    expect((await search('author:someone')).status).toBe(400);
    const two = await test.json('/search/query', {
      method: 'POST',
      as: MANAGER,
      body: {
        requests: [
          { entityTypes: ['driveItem'], query: { queryString: 'a' } },
          { entityTypes: ['driveItem'], query: { queryString: 'b' } },
        ],
      },
    });
    expect(two.status).toBe(400);
    expect((two.body['error'] as { code: string }).code).toBe('invalidRequest');
  });
});
