import {
  createGraphClient,
  createDossier,
  isGraphCallError,
  readFiledMark,
  resolveSite,
} from '../../../src/graph';
import { asDossierId } from '../../../src/core/ids';
import { sendJson, sendOk } from '../../../src/graph/request';
import { DEMO_SITE, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterEach(() => harness.faults({}));
afterAll(() => harness.stop());

/** The GraphCallError a promise rejects with. */
async function failure(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isGraphCallError(error)) throw new Error(`expected a GraphCallError, got ${String(error)}`);
  return error;
}

describe("the SDK's fluent client", () => {
  it('goes through the same middleware: token, retries and counts', async () => {
    const client = harness.client();
    harness.faults({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 2 });
    const me = (await client.sdk.api('/me').select('userPrincipalName').get()) as {
      userPrincipalName: string;
    };
    expect(me.userPrincipalName).toBe('beleid@bronvast.example');
    expect(client.counter.byLabel()['sdk']).toBeGreaterThanOrEqual(1);
  });
});

describe('Graph errors as GraphCallError kinds', () => {
  it('401 for a token the record system does not accept', async () => {
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve('not-a-token'),
      baseUrl: harness.emulator.baseUrl,
    });
    const error = await failure(resolveSite(client, DEMO_SITE));
    expect(error).toMatchObject({
      kind: 'unauthenticated',
      status: 401,
      code: 'InvalidAuthenticationToken',
    });
    expect(error.requestId).toEqual(expect.any(String));
  });

  it('403 when a policy officer adds a dossier to the registry', async () => {
    const client = harness.client();
    const site = await harness.site(client);
    const error = await failure(
      createDossier(client, site, { id: asDossierId('X-1'), title: 'Niet toegestaan' }),
    );
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, operation: 'dossiers.create' });
  });

  it('404 for a message that does not exist and for an unknown site', async () => {
    const client = harness.client();
    expect(await failure(readFiledMark(client, 'AAMkAGNvbnN0YW50'))).toMatchObject({
      kind: 'not-found',
      status: 404,
    });
    expect(
      await failure(
        resolveSite(client, { hostname: DEMO_SITE.hostname, path: '/sites/bestaat-niet' }),
      ),
    ).toMatchObject({
      kind: 'not-found',
    });
  });

  it('409 when a file exists and conflictBehavior is fail', async () => {
    const client = harness.client();
    const site = await harness.site(client);
    const put = () =>
      sendOk(client, {
        method: 'PUT',
        url: `/drives/${site.recordsDriveId}/root:/Aanlevering/proef/conflict.txt:/content`,
        query: { '@microsoft.graph.conflictBehavior': 'fail' },
        bytes: new TextEncoder().encode('x'),
        label: 'test.put',
      });
    expect((await put()).status).toBe(201);
    expect(await failure(put())).toMatchObject({
      kind: 'conflict',
      status: 409,
      operation: 'test.put',
    });
  });

  it('429: retried honouring Retry-After, then reported as throttled with its Retry-After', async () => {
    const client = harness.client();
    await harness.site(client);
    harness.faults({ throttleRate: 1, retryAfterSeconds: 0 });
    client.counter.reset();
    const error = await failure(
      sendJson(client, { method: 'GET', url: '/me/messages', label: 'test.throttled' }),
    );
    expect(error).toMatchObject({ kind: 'throttled', status: 429, retryAfter: 0 });
    expect(client.counter.total()).toBe(1 + client.retry.maxRetries);
  });

  it('429 and 503 now and then: the call succeeds', async () => {
    const client = harness.client();
    harness.faults({ throttleRate: 0.3, unavailableRate: 0.2, retryAfterSeconds: 0, seed: 3 });
    const site = await harness.site(client);
    expect(site.recordsDriveId).not.toBe('');
  });

  it('503 on every try is reported as throttled with status 503', async () => {
    const client = harness.client();
    harness.faults({ unavailableRate: 1, retryAfterSeconds: 0 });
    expect(
      await failure(sendJson(client, { method: 'GET', url: '/me', label: 'x' })),
    ).toMatchObject({ kind: 'throttled', status: 503 });
  });

  it('dropped connections: retried, and reported as network when they keep dropping', async () => {
    const client = harness.client();
    harness.faults({ dropRate: 0.3, seed: 9 });
    await expect(harness.site(client)).resolves.toMatchObject({ siteId: expect.any(String) });
    harness.faults({ dropRate: 1 });
    client.counter.reset();
    expect(
      await failure(sendJson(client, { method: 'GET', url: '/me', label: 'x' })),
    ).toMatchObject({ kind: 'network', status: 0 });
    expect(client.counter.total()).toBe(1 + client.retry.networkRetries);
  });
});
