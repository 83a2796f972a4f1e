import { demoIds, startTestEmulator, type TestEmulator } from '../../testing/harness';

type Entry = {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown> & { error?: { code: string } };
};

describe('$batch', () => {
  let test: TestEmulator;
  let siteId: string;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId, driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const batch = async (requests: unknown[], as?: string | null) => {
    const { status, body } = await test.json('/$batch', {
      method: 'POST',
      body: { requests },
      ...(as === undefined ? {} : { as }),
    });
    return { status, responses: (body['responses'] ?? []) as Entry[], body };
  };

  it('runs each request through the routes with the batch authorization', async () => {
    const { status, responses } = await batch([
      { id: '1', method: 'GET', url: '/me?$select=displayName' },
      { id: '2', method: 'GET', url: `sites/${siteId}/lists/Dossiers/items?$top=2` },
    ]);
    expect(status).toBe(200);
    const me = responses.find((entry) => entry.id === '1');
    expect(me?.body?.['displayName']).toBe('Sanne de Vries');
    expect(responses.find((entry) => entry.id === '2')?.body?.['value']).toHaveLength(2);
  });

  it('orders by dependsOn and answers 424 when a dependency failed', async () => {
    const { responses } = await batch([
      {
        id: 'upload',
        method: 'PUT',
        url: `/drives/${driveId}/root:/Aanlevering/batch/record.eml:/content`,
        headers: { 'Content-Type': 'text/plain' },
        body: Buffer.from('inhoud').toString('base64'),
      },
      {
        id: 'again',
        method: 'PUT',
        url: `/drives/${driveId}/root:/Aanlevering/batch/record.eml:/content?@microsoft.graph.conflictBehavior=fail`,
        headers: { 'Content-Type': 'text/plain' },
        body: Buffer.from('x').toString('base64'),
        dependsOn: ['upload'],
      },
      {
        id: 'fields',
        method: 'PATCH',
        url: `/drives/${driveId}/root:/Aanlevering/batch/record.eml:/listItem/fields`,
        headers: { 'Content-Type': 'application/json' },
        body: { BronvastDossier: 'BZK-2025-0113' },
        dependsOn: ['again'],
      },
      {
        id: 'read',
        method: 'GET',
        url: `/drives/${driveId}/root:/Aanlevering/batch/record.eml:/content`,
        dependsOn: ['upload'],
      },
    ]);
    const byId = Object.fromEntries(responses.map((entry) => [entry.id, entry]));
    expect(byId['upload']?.status).toBe(201);
    expect(byId['again']?.status).toBe(409);
    expect(byId['fields']?.status).toBe(424);
    expect(byId['fields']?.body?.error?.code).toBe('FailedDependency');
    // Content answers 302 inside a batch too; the download URL needs no token.
    expect(byId['read']?.status).toBe(302);
    const location = byId['read']?.headers?.['location'];
    expect(await (await fetch(location ?? '')).text()).toBe('inhoud');
  });

  it('refuses more than 20 requests and unknown dependencies', async () => {
    const many = Array.from({ length: 21 }, (_, index) => ({
      id: String(index),
      method: 'GET',
      url: '/me',
    }));
    expect((await batch(many)).status).toBe(400);
    expect((await batch([{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }])).status).toBe(
      400,
    );
  });

  it('needs authorization for the batch itself', async () => {
    expect((await batch([{ id: '1', method: 'GET', url: '/me' }], null)).status).toBe(401);
  });

  it('throttles inner requests on their own, with Retry-After', async () => {
    test.emulator.setFaults({ throttleRate: 0.5, seed: 11, retryAfterSeconds: 2 });
    try {
      const requests = Array.from({ length: 10 }, (_, index) => ({
        id: String(index),
        method: 'GET',
        url: '/me',
      }));
      let outer: Awaited<ReturnType<typeof batch>> | undefined;
      for (let attempt = 0; attempt < 10 && outer?.status !== 200; attempt += 1)
        outer = await batch(requests);
      const statuses = (outer?.responses ?? []).map((entry) => entry.status);
      expect(statuses).toContain(429);
      expect(statuses).toContain(200);
      expect(outer?.responses.find((entry) => entry.status === 429)?.headers?.['retry-after']).toBe(
        '2',
      );
    } finally {
      test.emulator.setFaults({});
    }
  });
});
