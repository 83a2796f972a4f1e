import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { GraphContext, GraphRoute } from '../../context';
import { asRecord, readBuffer, readJsonObject } from '../../http/body';
import type { EmulatorRequest, EmulatorResponse } from '../../http/exchange';
import { graphError, withInnerError } from '../../http/graph-error';
import { json } from '../../http/respond';
import { BASE_PATH } from '../../odata-query/paging';
import { DOLLAR } from '../patterns';

const MAX_REQUESTS = 20;

/** One inner request of a batch, validated. */
interface BatchStep {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

const badBatch = (message: string) => graphError(400, 'BadRequest', message);

/**
 * `POST /$batch`: at most 20 requests, each through the same routes (and throttling) with the
 * batch's Authorization. `dependsOn` orders them; a request whose dependency failed gets 424.
 */
async function batch(context: GraphContext): Promise<EmulatorResponse> {
  const body = await readJsonObject(context.request.body);
  if (!body.ok) return body.response;
  const steps = parseSteps(body.value['requests']);
  if (typeof steps === 'string') return badBatch(steps);
  const results = new Map<string, number>();
  const responses: unknown[] = [];
  for (const step of steps) {
    const failed = step.dependsOn.find((id) => (results.get(id) ?? 424) >= 400);
    if (failed !== undefined) {
      results.set(step.id, 424);
      const error = {
        error: {
          code: 'FailedDependency',
          message: `Request '${step.id}' depends on request '${failed}', which failed.`,
        },
      };
      responses.push({
        id: step.id,
        status: 424,
        headers: { 'Content-Type': 'application/json' },
        body: withInnerError(error, randomUUID(), context.store.now()),
      });
      continue;
    }
    const inner = innerRequest(context.request, step);
    const response = await context.dispatchInner(inner);
    results.set(step.id, response.status);
    responses.push(await batchEntry(step.id, response, inner.requestId, context.store.now()));
  }
  return json(200, { responses });
}

function parseSteps(value: unknown): BatchStep[] | string {
  if (!Array.isArray(value) || value.length === 0)
    return 'The batch needs a non-empty requests array.';
  if (value.length > MAX_REQUESTS)
    return `A batch may hold at most ${MAX_REQUESTS} requests; this one has ${value.length}.`;
  const steps: BatchStep[] = [];
  for (const entry of value) {
    const record = asRecord(entry) ?? {};
    const { id, method, url } = record;
    if (typeof id !== 'string' || typeof method !== 'string' || typeof url !== 'string')
      return 'Each request needs id, method and url.';
    if (steps.some((step) => step.id === id)) return `The request id '${id}' occurs twice.`;
    // Graph takes only URLs relative to its version root inside a batch; an absolute URL could
    // name another host.
    if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url))
      return `The url of request '${id}' is absolute; a batch takes relative URLs only.`;
    const dependsOn = Array.isArray(record['dependsOn'])
      ? record['dependsOn'].filter((dep): dep is string => typeof dep === 'string')
      : [];
    const unknown = dependsOn.find((dep) => !steps.some((step) => step.id === dep));
    if (unknown !== undefined)
      return `Request '${id}' depends on '${unknown}', which is not an earlier request of the batch.`;
    const headers = Object.fromEntries(
      Object.entries(asRecord(record['headers']) ?? {}).map(([name, text]) => [
        name.toLowerCase(),
        String(text),
      ]),
    );
    steps.push({ id, method: method.toUpperCase(), url, headers, body: record['body'], dependsOn });
  }
  return steps;
}

function innerRequest(outer: EmulatorRequest, step: BatchStep): EmulatorRequest {
  const relative = step.url.replace(new RegExp(`^${BASE_PATH}(?=/)`), '');
  const withSlash = relative.startsWith('/') ? relative : `/${relative}`;
  const question = withSlash.indexOf('?');
  const authorization = outer.headers['authorization'];
  return {
    method: step.method,
    path: question < 0 ? withSlash : withSlash.slice(0, question),
    query: new URLSearchParams(question < 0 ? '' : withSlash.slice(question + 1)),
    headers: { ...step.headers, ...(authorization === undefined ? {} : { authorization }) },
    origin: outer.origin,
    body: Readable.from([bodyBytes(step)]),
    requestId: randomUUID(),
    chunkFault: 'none',
  };
}

function bodyBytes(step: BatchStep): Buffer {
  if (step.body === undefined || step.body === null) return Buffer.alloc(0);
  const isJson = (step.headers['content-type'] ?? 'application/json').includes('json');
  if (typeof step.body === 'string')
    return isJson ? Buffer.from(step.body, 'utf8') : Buffer.from(step.body, 'base64');
  return Buffer.from(JSON.stringify(step.body), 'utf8');
}

async function batchEntry(
  id: string,
  response: EmulatorResponse,
  requestId: string,
  date: Date,
): Promise<unknown> {
  const headers: Record<string, string> = { ...response.headers };
  const { body } = response;
  if (body.kind === 'json') {
    return {
      id,
      status: response.status,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: withInnerError(body.value, requestId, date),
    };
  }
  if (body.kind === 'stream') {
    const read = await readBuffer(body.open(), Number.MAX_SAFE_INTEGER);
    const bytes = read.ok ? read.value.toString('base64') : '';
    return {
      id,
      status: response.status,
      headers: { ...headers, 'Content-Type': body.contentType },
      body: bytes,
    };
  }
  return { id, status: body.kind === 'drop' ? 500 : response.status, headers };
}

/** JSON batching. */
export const batchRoutes: readonly GraphRoute[] = [
  // Each step is checked against the batch's token as a request of its own.
  {
    method: 'POST',
    pattern: new RegExp(`^/${DOLLAR}batch$`),
    handle: batch,
    scopes: 'inner-requests',
  },
];
