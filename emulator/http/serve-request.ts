import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorServices } from '../context';
import { dispatchGraph, dispatchUpload, type RouteTables } from '../dispatch';
import type { FaultDice } from '../faults';
import { BASE_PATH } from '../odata-query/paging';
import { UPLOAD_PREFIX } from '../routes/uploads/upload-routes';
import { corsHeaders } from './cors';
import type { ChunkFault, EmulatorRequest, EmulatorResponse } from './exchange';
import { graphError } from './graph-error';
import { parseRequestUrl } from './request-url';
import { writeResponse } from './write-response';

/**
 * Answers one request of the Graph listener: CORS preflight, latency, then the Graph routes
 * under `/v1.0` or the upload URLs, written back to the socket.
 */
export async function handle(
  services: EmulatorServices,
  tables: RouteTables,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  { scheme, origins }: { scheme: string; origins: readonly string[] },
): Promise<void> {
  // Captured now: reading a request body to its end may detach it from its socket.
  const { socket } = incoming;
  const requestId = randomUUID();
  const common = {
    ...corsHeaders(incoming.headers.origin, origins),
    'request-id': requestId,
    'client-request-id': headerText(incoming.headers['client-request-id']) ?? requestId,
  };
  if (incoming.method === 'OPTIONS') {
    outgoing.writeHead(204, common).end();
    return;
  }
  const dice = services.faults();
  const latency = dice.config.latencyMs ?? 0;
  if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
  const response = await route(services, tables, incoming, { requestId, dice, scheme });
  await writeResponse(socket, outgoing, response, common, requestId, services.store.now());
}

function route(
  services: EmulatorServices,
  tables: RouteTables,
  incoming: IncomingMessage,
  { requestId, dice, scheme }: { requestId: string; dice: FaultDice; scheme: string },
): Promise<EmulatorResponse> {
  const rawPath = (incoming.url ?? '/').split('?')[0] ?? '/';
  const url = parseRequestUrl(incoming.url ?? '/');
  if (url === undefined)
    return Promise.resolve(graphError(400, 'BadRequest', 'The request URL is not valid.'));
  const isUpload = rawPath.startsWith(UPLOAD_PREFIX);
  const isGraph = rawPath === BASE_PATH || rawPath.startsWith(`${BASE_PATH}/`);
  if (!isUpload && !isGraph) {
    return Promise.resolve(
      graphError(
        404,
        'itemNotFound',
        `No Graph resource at '${rawPath}'. The base path is ${BASE_PATH}.`,
      ),
    );
  }
  const chunkFault: ChunkFault =
    isUpload && incoming.method === 'PUT' ? dice.decideChunk() : 'none';
  const request: EmulatorRequest = {
    method: incoming.method ?? 'GET',
    path: isGraph ? rawPath.slice(BASE_PATH.length) : rawPath,
    query: url.searchParams,
    headers: lowerCaseHeaders(incoming),
    origin: `${scheme}://${incoming.headers.host ?? 'localhost'}`,
    body: incoming,
    requestId,
    chunkFault,
  };
  return isGraph
    ? dispatchGraph(services, tables, request, true)
    : dispatchUpload(services, tables, request);
}

function lowerCaseHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    const text = headerText(value);
    if (text !== undefined) headers[name.toLowerCase()] = text;
  }
  return headers;
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
