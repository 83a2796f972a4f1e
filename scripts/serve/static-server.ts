import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ownHostCheck } from './own-host';
import { pageHeaders, recordSystemOrigins } from './page-headers';
import type { WorkbenchConfig } from '../../src/workbench/workbench-config';

/** Options of {@link serveStatic}. */
export interface StaticServerOptions {
  readonly root: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly config: () => WorkbenchConfig;
  /** Interface to listen on; default `BRONVAST_LISTEN_HOST`, else the loopback interface. */
  readonly host?: string;
}

/** A running page server. */
export interface StaticServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/**
 * Serves the built workbench and `/workbench-config.json`. A malformed URL is answered 400 and a
 * failing request 500; neither stops the server. Every answer carries the page headers.
 */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const host = options.host ?? defaultHost();
  let port = 0;
  const ownHost = ownHostCheck({ port: () => port, scheme: 'http', listenHost: host });
  const server: Server = createServer((request, response) => {
    try {
      const config = options.config();
      const headers = pageHeaders([
        ...recordSystemOrigins(config.graphBaseUrl),
        ...recordSystemOrigins(config.downloadOrigin ?? ''),
      ]);
      // A page under another name (DNS rebinding) gets nothing: not the pages, not the config.
      if (!ownHost(request.headers.host))
        return plain(response, 421, 'Deze server kent die hostnaam niet.', headers);
      answer(root, options, request, response, headers);
    } catch (error) {
      console.error('page server: could not answer', error);
      if (response.headersSent) response.destroy();
      else plain(response, 500, 'Er ging iets mis.', pageHeaders([]));
    }
  });
  await listen(server, options.port, host);
  ({ port } = server.address() as AddressInfo);
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(
  root: string,
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  headers: Readonly<Record<string, string>>,
): void {
  const pathname = decodedPath(request.url ?? '/');
  if (pathname === undefined) return plain(response, 400, 'Ongeldig adres.', headers);
  if (pathname === '/workbench-config.json') {
    response.writeHead(200, {
      ...headers,
      'content-type': TYPES['.json'],
      'cache-control': 'no-store',
    });
    response.end(JSON.stringify(options.config()));
    return;
  }
  const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(`${root}${path.sep}`) || !existsSync(file) || !statSync(file).isFile())
    return plain(response, 404, 'Niet gevonden', headers);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' });
  createReadStream(file).pipe(response);
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

function plain(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>>,
): void {
  response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function defaultHost(): string {
  const host = process.env['BRONVAST_LISTEN_HOST']?.trim();
  return host === undefined || host === '' ? '127.0.0.1' : host;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
