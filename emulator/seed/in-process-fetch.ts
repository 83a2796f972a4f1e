import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EmulatorServices } from '../context';
import { dispatchGraph, type RouteTables } from '../dispatch';
import { createFaultDice } from '../faults';
import { readBuffer } from '../http/body';
import type { EmulatorRequest, EmulatorResponse } from '../http/exchange';
import { withInnerError } from '../http/graph-error';
import { BASE_PATH } from '../odata-query/paging';

/** The origin in-process requests name; nothing listens on it. */
export const IN_PROCESS_ORIGIN = 'http://record-system.in-process';

/**
 * A `fetch` that answers Graph requests from the record system's own routes, without a socket
 * and without fault injection: the demo site is provisioned through it by the project's
 * provisioning code, exactly as that code provisions a tenant.
 */
export function inProcessFetch(
  services: Pick<EmulatorServices, 'store'>,
  tables: RouteTables,
): typeof fetch {
  const quiet: EmulatorServices = { ...services, faults: () => createFaultDice({}) };
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const emulatorRequest: EmulatorRequest = {
      method: request.method,
      path: url.pathname.slice(BASE_PATH.length),
      query: url.searchParams,
      headers: Object.fromEntries(
        [...request.headers.entries()].map(([name, value]) => [name.toLowerCase(), value]),
      ),
      origin: url.origin,
      body: Readable.from([Buffer.from(await request.arrayBuffer())]),
      requestId: randomUUID(),
      chunkFault: 'none',
    };
    const answer = await dispatchGraph(quiet, tables, emulatorRequest, false);
    return toResponse(answer, emulatorRequest.requestId, services.store.now());
  };
}

async function toResponse(
  answer: EmulatorResponse,
  requestId: string,
  date: Date,
): Promise<Response> {
  const headers = new Headers(answer.headers);
  const { body } = answer;
  if (body.kind === 'json') {
    headers.set('content-type', 'application/json');
    const text = JSON.stringify(withInnerError(body.value, requestId, date));
    return new Response(text, { status: answer.status, headers });
  }
  if (body.kind === 'stream') {
    const read = await readBuffer(body.open(), Number.MAX_SAFE_INTEGER);
    headers.set('content-type', body.contentType);
    return new Response(read.ok ? new Uint8Array(read.value) : null, {
      status: answer.status,
      headers,
    });
  }
  return new Response(null, { status: answer.status === 0 ? 500 : answer.status, headers });
}
