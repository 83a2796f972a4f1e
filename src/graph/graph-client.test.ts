import { createGraphClient, requestUrl } from './graph-client';
import { isGraphCallError } from './GraphCallError';
import { sendJson } from './request';

type Call = { url: string; init: RequestInit | undefined };

/** A fetch that answers from a script of responses (or throws for `'drop'`) and records calls. */
function scriptedFetch(script: (Response | 'drop')[]) {
  const calls: Call[] = [];
  const fetchImpl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    const next = script.shift();
    if (next === undefined || next === 'drop') return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve(next);
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const clientWith = (fetchImpl: typeof fetch) =>
  createGraphClient({
    tokenProvider: () => Promise.resolve('dev:beleid@bronvast.example'),
    baseUrl: 'http://localhost:4000/v1.0',
    fetch: fetchImpl,
    retry: { delaySeconds: 0, networkDelayMs: 1 },
  });

describe('createGraphClient', () => {
  it('sends the bearer token and counts requests per label', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(200, { id: 's1' }), json(200, { id: 's2' })]);
    const client = clientWith(fetchImpl);
    await sendJson(client, { method: 'GET', url: '/sites/a', label: 'site.find' });
    await sendJson(client, { method: 'GET', url: '/sites/b', label: 'site.find' });
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe(
      'Bearer dev:beleid@bronvast.example',
    );
    expect(calls[0]?.url).toBe('http://localhost:4000/v1.0/sites/a');
    expect(client.counter.byLabel()).toEqual({ 'site.find': 2 });
  });

  it('retries a 429 honouring Retry-After, then succeeds', async () => {
    const { calls, fetchImpl } = scriptedFetch([
      json(429, { error: { code: 'tooManyRequests' } }, { 'Retry-After': '0' }),
      json(200, { ok: true }),
    ]);
    const client = clientWith(fetchImpl);
    await expect(sendJson(client, { method: 'GET', url: '/x', label: 'x' })).resolves.toEqual({
      ok: true,
    });
    expect(calls).toHaveLength(2);
  });

  it('retries a dropped connection a bounded number of times, then reports a network error', async () => {
    const { calls, fetchImpl } = scriptedFetch(['drop', 'drop', 'drop', 'drop', 'drop']);
    const client = clientWith(fetchImpl);
    const error: unknown = await sendJson(client, { method: 'GET', url: '/x', label: 'x' }).catch(
      (e: unknown) => e,
    );
    expect(isGraphCallError(error) && error.kind).toBe('network');
    expect(calls).toHaveLength(4);
  });

  it('does not send the token where the request says so (upload URLs)', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(202, {})]);
    await clientWith(fetchImpl).send({
      method: 'PUT',
      url: 'https://up.example/session/1',
      label: 'chunk',
      authenticated: false,
    });
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBeNull();
  });

  it.each([
    ['another host', 'https://exfil.example/C21/hostedContents/abc/$value'],
    ['the same host outside the base path', 'http://localhost:4000/hostedContents/1/$value'],
    ['a path climbing out of the base', 'http://localhost:4000/v1.0/../../hostedContents/1/$value'],
    ['a look-alike base path', 'http://localhost:4000/v1.0evil/me'],
    ['credentials in the URL', 'http://localhost:4000@exfil.example/v1.0/me'],
    ['another scheme or port', 'https://localhost:4000/v1.0/me'],
  ])('never sends the token to %s', async (_case, url) => {
    const { calls, fetchImpl } = scriptedFetch([json(200, {})]);
    const client = clientWith(fetchImpl);
    const error: unknown = await client
      .send({ method: 'GET', url, label: 'chats.hosted-content' })
      .catch((e: unknown) => e);
    expect(calls).toEqual([]);
    expect(error).toMatchObject({ name: 'GraphCallError', code: 'outside-graph-base' });
    // The SDK's fluent API goes through the same chain (it reads an http URL as a path).
    await client.sdk
      .api(url)
      .get()
      .catch(() => undefined);
    expect(calls.filter((call) => !call.url.startsWith('http://localhost:4000/v1.0/'))).toEqual([]);
  });

  it('sends the token to absolute URLs under its own base (nextLink)', async () => {
    const { calls, fetchImpl } = scriptedFetch([json(200, {})]);
    await clientWith(fetchImpl).send({
      method: 'GET',
      url: 'http://localhost:4000/v1.0/sites/s/lists/l/items?$skiptoken=2',
      label: 'x',
    });
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe(
      'Bearer dev:beleid@bronvast.example',
    );
  });

  it('maps a failed response to a GraphCallError with its kind', async () => {
    const { fetchImpl } = scriptedFetch([json(403, { error: { code: 'accessDenied' } })]);
    const error: unknown = await sendJson(clientWith(fetchImpl), {
      method: 'GET',
      url: '/x',
      label: 'x',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'GraphCallError',
      kind: 'forbidden',
      code: 'accessDenied',
      operation: 'x',
    });
  });
});

describe('requestUrl', () => {
  it('passes absolute URLs (nextLink) unchanged and encodes query values', () => {
    const next = 'http://h/v1.0/sites/s/lists/l/items?$skiptoken=Paged%3DTRUE&$top=2';
    expect(requestUrl('http://h/v1.0', { url: next })).toBe(next);
    expect(requestUrl('http://h/v1.0', { url: '/x', query: { $filter: "a eq 'b c'" } })).toBe(
      "http://h/v1.0/x?$filter=a%20eq%20'b%20c'",
    );
  });
});
