import { createServer, type RequestListener } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { EmulatorServices } from './context';
import { charge, type RouteTables } from './dispatch';
import {
  createResourceBudget,
  DEFAULT_RESOURCE_BUDGET,
  type ResourceBudget,
  type ResourceBudgetConfig,
} from './throttling/resource-budget';
import { DOWNLOAD_UNITS } from './throttling/resource-costs';
import { createFaultDice, type FaultConfig, type FaultDice } from './faults';
import { loopbackOrigins } from './http/cors';
import { handle } from './http/serve-request';
import { createDownloadLinks } from './downloads/download-links';
import { portOf, startDownloadListener } from './downloads/download-server';
import { writeFailure } from './http/write-response';
import { listenHost } from './listen-host';
import { BASE_PATH } from './odata-query/paging';
import { graphRoutes } from './routes/graph-routes';
import { uploadRoutes } from './routes/uploads/upload-routes';
import { prepareStore } from './seed/prepare-store';
import { openDatabase } from './store/database';
import type { Store } from './store/store';
import type { TlsCredentials } from './tls/self-signed';
import { ownHostCheck } from '../scripts/serve/own-host';
import { writeMisdirected } from './http/misdirected';
import { sharedMailboxes, type SharedMailbox } from './store/mailbox-delegates';

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
  /** Port of the download listener (pre-authenticated download URLs); 0 (default) picks one. */
  readonly downloadPort?: number;
  /**
   * The app's SharePoint resource-unit budget (see `throttling/resource-budget.ts`); default
   * 1,200 units a minute, `off` for none.
   */
  readonly resourceBudget?: ResourceBudgetConfig | 'off';
  /**
   * Page origins granted CORS, asked per request (the workbench knows its port only once it
   * listens). Default: the workbench's and the Office dev server's default origins,
   * `http(s)://localhost:3000` and `http(s)://127.0.0.1:3000`.
   */
  readonly allowedOrigins?: () => readonly string[];
}

export type { SharedMailbox };

/** A running emulator. */
export interface RunningEmulator {
  /** `http://localhost:<port>` (https with `tls`) */
  readonly url: string;
  /** `http://localhost:<port>/v1.0`, the Graph base URL. */
  readonly baseUrl: string;
  /** `http://localhost:<port>` of the download listener: another origin than Graph's. */
  readonly downloadOrigin: string;
  close(): Promise<void>;
  /** Replaces the fault configuration and restarts its dice. */
  setFaults(faults: FaultConfig): void;
  /** Replaces the resource-unit budget with a fresh one (or none). */
  setResourceBudget(config: ResourceBudgetConfig | 'off'): void;
  /**
   * The shared mailboxes and who has Full Access to each: what Outlook learns from Exchange to
   * show them in its folder tree (the workbench does the same).
   */
  sharedMailboxes(): SharedMailbox[];
}

/** Starts the local record system: seeds it on first start and serves Graph on `/v1.0`. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const now = options.now ?? (() => new Date());
  const host = options.host ?? listenHost();
  const scheme = options.tls === undefined ? 'http' : 'https';
  const workbench = [
    ...loopbackOrigins('http://localhost:3000'),
    ...loopbackOrigins('https://localhost:3000'),
  ];
  const origins = options.allowedOrigins ?? (() => workbench);
  const db = openDatabase(options.dataDir);
  let store: Store = { db, dataDir: options.dataDir, now };
  let services: EmulatorServices = { store, faults: () => createFaultDice({}) };
  const downloads = await startDownloadListener({
    host,
    port: options.downloadPort ?? 0,
    ...(options.tls === undefined ? {} : { tls: options.tls }),
    store: () => store,
    links: () => links,
    origins,
    charge: () => {
      const spent = charge(services, DOWNLOAD_UNITS);
      const retryAfter = spent?.headers?.['retry-after'];
      return retryAfter === undefined ? undefined : { retryAfterSeconds: Number(retryAfter) };
    },
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  const links = createDownloadLinks(`${scheme}://localhost:${portOf(downloads)}`, now);
  store = { ...store, downloads: links };
  await prepareStore(store);
  let dice: FaultDice = createFaultDice(options.faults ?? {});
  let budget = budgetOf(options.resourceBudget);
  services = { store, faults: () => dice, budget: () => budget };
  const tables: RouteTables = { graph: graphRoutes, upload: uploadRoutes };
  let port = 0;
  const ownHost = ownHostCheck({ port: () => port, scheme, listenHost: host });
  const listener: RequestListener = (incoming, outgoing) => {
    // Graph answers only under its own host name; the stricter reading for a local stand-in is
    // to refuse any other Host (DNS rebinding), before its value can reach a link (RFC 9110
    // section 15.5.20: 421 for a request the server will not answer for that host).
    if (!ownHost(incoming.headers.host)) return void writeMisdirected(outgoing);
    void handle(services, tables, incoming, outgoing, { scheme, origins: origins() }).catch(
      (error: unknown) => writeFailure(outgoing, incoming, error),
    );
  };
  const server =
    options.tls === undefined ? createServer(listener) : createTlsServer(options.tls, listener);
  const closeAll = async () => {
    for (const listening of [server, downloads]) {
      listening.closeAllConnections();
      await new Promise<void>((resolve) => listening.close(() => resolve()));
    }
    db.close();
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      void closeAll().finally(() => reject(error));
    });
    server.listen(options.port ?? 4000, host, resolve);
  });
  ({ port } = server.address() as AddressInfo);
  const url = `${scheme}://localhost:${port}`;
  return {
    url,
    baseUrl: `${url}${BASE_PATH}`,
    downloadOrigin: links.origin,
    sharedMailboxes: () => sharedMailboxes(store),
    setFaults: (faults) => {
      dice = createFaultDice(faults);
    },
    setResourceBudget: (config) => {
      budget = budgetOf(config);
    },
    close: closeAll,
  };
}

function budgetOf(config: ResourceBudgetConfig | 'off' | undefined): ResourceBudget | undefined {
  return config === 'off' ? undefined : createResourceBudget(config ?? DEFAULT_RESOURCE_BUDGET);
}
