import { randomUUID } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EmulatorServices } from './context';
import { dispatchGraph, dispatchUpload, type RouteTables } from './dispatch';
import { createFaultDice, type FaultConfig, type FaultDice } from './faults';
import { corsHeaders, loopbackOrigins } from './http/cors';
import type { ChunkFault, EmulatorRequest, EmulatorResponse } from './http/exchange';
import { graphError } from './http/graph-error';
import { parseRequestUrl } from './http/request-url';
import { writeFailure, writeResponse } from './http/write-response';
import { listenHost } from './listen-host';
import { BASE_PATH } from './odata-query/paging';
import { graphRoutes } from './routes/graph-routes';
import { UPLOAD_PREFIX, uploadRoutes } from './routes/upload-routes';
import { prepareStore } from './seed/prepare-store';
import { openDatabase } from './store/database';
import type { Store } from './store/store';
import type { TlsCredentials } from './tls/self-signed';

/** How to start the emulator. */
export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 4000. */
  readonly port?: number;
  /** Folder for the SQLite database and content files. */
  readonly dataDir: string;
  readonly faults?: FaultConfig;
  /** Clock, so tests can expire upload sessions. */
  readonly now?: () => Date;
  /**
   * PEM key and certificate to serve HTTPS. The Graph client treats only https URLs as absolute
   * (nextLink, uploadUrl) and sends its token only to https hosts, so use this with it.
   */
  readonly tls?: TlsCredentials;
  /** Interface to listen on; default the loopback interface (see {@link listenHost}). */
  readonly host?: string;
  /**
   * Page origins granted CORS, asked per request (the workbench knows its port only once it
   * listens). Default: the workbench's and the Office dev server's default origins,
   * `http(s)://localhost:3000` and `http(s)://127.0.0.1:3000`.
   */
  readonly allowedOrigins?: () => readonly string[];
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://localhost:<port>` (https with `tls`) */
  readonly url: string;
  /** `http://localhost:<port>/v1.0`, the Graph base URL. */
  readonly baseUrl: string;
  close(): Promise<void>;
  /** Replaces the fault configuration and restarts its dice. */
  setFaults(faults: FaultConfig): void;
}

/** Starts the local record system: seeds it on first start and serves Graph on `/v1.0`. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const db = openDatabase(options.dataDir);
  const store: Store = { db, dataDir: options.dataDir, now: options.now ?? (() => new Date()) };
  await prepareStore(store);
  let dice: FaultDice = createFaultDice(options.faults ?? {});
  const services: EmulatorServices = { store, faults: () => dice };
  const workbench = [
    ...loopbackOrigins('http://localhost:3000'),
    ...loopbackOrigins('https://localhost:3000'),
  ];
  const origins = options.allowedOrigins ?? (() => workbench);
  const tables: RouteTables = { graph: graphRoutes, upload: uploadRoutes };
  const scheme = options.tls === undefined ? 'http' : 'https';
  const listener: RequestListener = (incoming, outgoing) => {
    void handle(services, tables, incoming, outgoing, { scheme, origins: origins() }).catch(
      (error: unknown) => writeFailure(outgoing, incoming, error),
    );
  };
  const server =
    options.tls === undefined ? createServer(listener) : createTlsServer(options.tls, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      db.close();
      reject(error);
    });
    server.listen(options.port ?? 4000, options.host ?? listenHost(), resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `${scheme}://localhost:${port}`;
  return {
    url,
    baseUrl: `${url}${BASE_PATH}`,
    setFaults: (faults) => {
      dice = createFaultDice(faults);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

async function handle(
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
