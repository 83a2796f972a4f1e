import {
  AuthenticationHandler,
  BatchRequestContent,
  BatchResponseContent,
  Client,
  FileUpload,
  LargeFileUploadTask,
  PageIterator,
  RetryHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { demoIds, OFFICER, startTestEmulator, type TestEmulator } from './testing/harness';
import { trustingFetch, type TrustingFetch } from './testing/trusting-fetch';
import { selfSignedCertificate } from './tls/self-signed';

/** The client's HTTPMessageHandler, but with a fetch that trusts the run's certificate. */
class TrustingHttpHandler implements Middleware {
  constructor(private readonly send: TrustingFetch) {}
  async execute(context: Context): Promise<void> {
    context.response = await this.send(context.request, context.options);
  }
}

// The emulator exists so the real Graph client works against it unchanged; these tests hold it to that.
describe('the Microsoft Graph JavaScript client against the emulator', () => {
  let test: TestEmulator;
  let client: Client;
  beforeAll(async () => {
    const tls = await selfSignedCertificate();
    test = await startTestEmulator({ tls });
    // The stock chain (authentication for graph and custom hosts, retry), with only the last
    // step swapped for a fetch that trusts this run's certificate.
    const auth = new AuthenticationHandler({ getAccessToken: async () => `dev:${OFFICER}` });
    const retry = new RetryHandler();
    auth.setNext(retry);
    retry.setNext(new TrustingHttpHandler(trustingFetch(tls.cert)));
    client = Client.initWithMiddleware({
      baseUrl: test.emulator.url,
      defaultVersion: 'v1.0',
      customHosts: new Set(['localhost']),
      middleware: auth,
    });
  });
  afterAll(() => test.stop());

  it('reads /me and follows nextLinks with PageIterator', async () => {
    expect((await client.api('/me').get()).userPrincipalName).toBe(OFFICER);
    const { siteId } = await demoIds(test);
    const first = await client
      .api(`/sites/${siteId}/lists/Dossiers/items`)
      .top(5)
      .expand('fields')
      .get();
    const kenmerken: string[] = [];
    const iterator = new PageIterator(client, first, (item: { fields: { Kenmerk: string } }) => {
      kenmerken.push(item.fields.Kenmerk);
      return true;
    });
    await iterator.iterate();
    expect(kenmerken).toHaveLength(12);
  });

  it('uploads with LargeFileUploadTask to a session URL it was given', async () => {
    const { driveId } = await demoIds(test);
    const content = Buffer.alloc(700 * 1024, 7);
    const session = await LargeFileUploadTask.createUploadSession(
      client,
      `/drives/${driveId}/root:/Aanlevering/client/groot.pdf:/createUploadSession`,
      {
        item: { '@microsoft.graph.conflictBehavior': 'fail' },
      },
    );
    const task = new LargeFileUploadTask(
      client,
      new FileUpload(content.buffer, 'groot.pdf', content.length),
      session,
      { rangeSize: 320 * 1024 },
    );
    const result = await task.upload();
    expect(result.responseBody).toEqual(
      expect.objectContaining({ name: 'groot.pdf', size: content.length }),
    );
  });

  it('runs a $batch with dependsOn through BatchRequestContent', async () => {
    const { siteId } = await demoIds(test);
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`${test.emulator.baseUrl}/me`, { method: 'GET' }) },
      {
        id: '2',
        request: new Request(
          `${test.emulator.baseUrl}/sites/${siteId}/lists/Dossiers/items?$top=1`,
          { method: 'GET' },
        ),
        dependsOn: ['1'],
      },
    ]);
    const raw = await client.api('/$batch').post(await content.getContent());
    const responses = new BatchResponseContent(raw);
    expect(responses.getResponseById('1')?.status).toBe(200);
    expect(responses.getResponseById('2')?.status).toBe(200);
  });

  it('surfaces Graph errors with their code and status', async () => {
    await expect(client.api('/me/messages/AAMkAGI2geen').get()).rejects.toEqual(
      expect.objectContaining({ statusCode: 404, code: 'ErrorItemNotFound' }),
    );
  });

  it('retries 429 honouring Retry-After through its RetryHandler', async () => {
    test.emulator.setFaults({ throttleRate: 0.5, retryAfterSeconds: 0, seed: 5 });
    try {
      const statuses: string[] = [];
      for (let index = 0; index < 6; index += 1)
        statuses.push((await client.api('/me').get()).userPrincipalName);
      expect(statuses.every((upn) => upn === OFFICER)).toBe(true);
    } finally {
      test.emulator.setFaults({});
    }
  });
});
