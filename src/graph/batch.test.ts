import { batchStepError, sendBatch } from './batch';
import { createGraphClient } from './graph-client';

const answer = (responses: unknown[]) =>
  new Response(JSON.stringify({ responses }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });

describe('sendBatch', () => {
  it('sends throttled steps and the steps that failed on them again, keeping the rest', async () => {
    const bodies: { requests: { id: string; dependsOn?: string[] }[] }[] = [];
    const script = [
      answer([
        { id: 'a', status: 200, body: {} },
        {
          id: 'b',
          status: 429,
          headers: { 'Retry-After': '0' },
          body: { error: { code: 'tooManyRequests' } },
        },
        { id: 'c', status: 424, body: {} },
      ]),
      answer([
        { id: 'b', status: 200, body: { ok: 1 } },
        { id: 'c', status: 201, body: {} },
      ]),
    ];
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve('t'),
      fetch: (_input, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return Promise.resolve(script.shift() ?? answer([]));
      },
    });
    const results = await sendBatch(
      client,
      [
        { id: 'a', method: 'PATCH', url: '/x', body: {} },
        { id: 'b', method: 'PATCH', url: '/y', body: {} },
        { id: 'c', method: 'POST', url: '/z', body: {}, dependsOn: ['b'] },
      ],
      'test',
    );
    expect(bodies[1]?.requests.map((step) => step.id)).toEqual(['b', 'c']);
    expect(bodies[1]?.requests[1]?.dependsOn).toEqual(['b']);
    expect([...results.values()].map((response) => response.status)).toEqual([200, 200, 201]);
    expect(batchStepError(results.get('b'), 'op')).toBeUndefined();
  });

  it('keeps a step failed when the step it depends on failed for good, and sends If-Match', async () => {
    const bodies: { requests: { id: string; headers?: Record<string, string> }[] }[] = [];
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve('t'),
      fetch: (_input, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return Promise.resolve(
          answer([
            { id: 'fields', status: 412, body: { error: { code: 'preconditionFailed' } } },
            { id: 'audit', status: 424, body: {} },
          ]),
        );
      },
    });
    const results = await sendBatch(
      client,
      [
        { id: 'fields', method: 'PATCH', url: '/x', body: {}, headers: { 'If-Match': '"e,1"' } },
        { id: 'audit', method: 'POST', url: '/y', body: {}, dependsOn: ['fields'] },
      ],
      'test',
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.requests[0]?.headers).toEqual({
      'If-Match': '"e,1"',
      'Content-Type': 'application/json',
    });
    expect(results.get('audit')?.status).toBe(424);
    expect(batchStepError(results.get('fields'), 'op')?.kind).toBe('conflict');
  });

  it('maps a failed step like any Graph error', () => {
    const error = batchStepError(
      { id: 'x', status: 403, body: { error: { code: 'accessDenied' } } },
      'records.label',
    );
    expect(error).toMatchObject({
      kind: 'forbidden',
      code: 'accessDenied',
      operation: 'records.label',
    });
  });
});
