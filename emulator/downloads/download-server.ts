import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { ownHostCheck } from '../../scripts/serve/own-host';
import { writeMisdirected } from '../http/misdirected';
import type { TlsCredentials } from '../tls/self-signed';
import { contentPath, openContent } from '../store/content-files';
import { findDriveItem } from '../store/drive-items';
import type { Store } from '../store/store';
import { DOWNLOAD_PREFIX, type DownloadLinks } from './download-links';

/** What the download listener needs. */
export interface DownloadListenerOptions {
  readonly host: string;
  readonly port: number;
  readonly tls?: TlsCredentials;
  readonly store: () => Store;
  readonly links: () => DownloadLinks;
  readonly origins: () => readonly string[];
  /** Called for every download, so the throttling budget counts it (1 resource unit). */
  readonly charge?: () => { readonly retryAfterSeconds: number } | undefined;
}

/**
 * The record system's second listener: it serves the pre-authenticated download URLs that
 * `GET .../content` redirects to and driveItems carry as `@microsoft.graph.downloadUrl`, on an
 * origin of its own, as SharePoint's download host is not graph.microsoft.com. A page may read
 * a download with CORS but may not send it an Authorization header: the preflight allows no
 * request headers ("To download files in a JavaScript app, you can't use the /content API ...
 * Instead, your app needs to select the @microsoft.graph.downloadUrl property",
 * https://learn.microsoft.com/en-us/graph/api/driveitem-get-content).
 */
export async function startDownloadListener(options: DownloadListenerOptions): Promise<Server> {
  let port = 0;
  const ownHost = ownHostCheck({
    port: () => port,
    scheme: options.tls === undefined ? 'http' : 'https',
    listenHost: options.host,
  });
  const listener: RequestListener = (incoming, outgoing): void => {
    // SharePoint's download host answers under its own name only; the stricter reading for a
    // local stand-in is to refuse any other Host, as the record system's main listener does, so
    // a rebinding page gets no file (RFC 9110 section 15.5.20: 421 Misdirected Request).
    if (!ownHost(incoming.headers.host)) return void writeMisdirected(outgoing);
    const origin = incoming.headers.origin;
    const cors =
      origin !== undefined && options.origins().includes(origin)
        ? { 'access-control-allow-origin': origin, vary: 'Origin' }
        : { vary: 'Origin' };
    const answer = (status: number, message: string): void =>
      void outgoing.writeHead(status, { ...cors, 'content-type': 'text/plain' }).end(message);
    if (incoming.method === 'OPTIONS') {
      outgoing
        .writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET',
          'access-control-max-age': '600',
        })
        .end();
      return;
    }
    if (incoming.method !== 'GET') return answer(405, 'Only GET is allowed.');
    // The URL is the authorization. Graph documents only that none is needed; a request that
    // sends one anyway is refused, the stricter reading (upload URLs: "If you include the
    // Authorization header when issuing the PUT call, it may result in an HTTP 401").
    if (incoming.headers.authorization !== undefined)
      return answer(401, 'A pre-authenticated download URL takes no Authorization header.');
    const path = (incoming.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(DOWNLOAD_PREFIX)) return answer(404, 'Not found.');
    const target = options.links().verify(path.slice(DOWNLOAD_PREFIX.length));
    if (target === 'invalid') return answer(401, 'The download URL is not valid.');
    if (target === 'expired') return answer(401, 'The download URL has expired.');
    const throttled = options.charge?.();
    if (throttled !== undefined)
      return void outgoing
        .writeHead(429, { ...cors, 'retry-after': String(throttled.retryAfterSeconds) })
        .end();
    const store = options.store();
    const item = findDriveItem(store, target.driveId, target.itemId);
    if (item === undefined || item.isFolder || !existsSync(contentPath(store, item.id)))
      return answer(404, 'The file could not be found.');
    outgoing.writeHead(200, {
      ...cors,
      'content-type': item.mimeType || 'application/octet-stream',
      'content-length': String(item.size),
    });
    pipeline(openContent(store, item.id), outgoing).catch(() => incoming.socket.destroy());
    return undefined;
  };
  const server =
    options.tls === undefined ? createServer(listener) : createTlsServer(options.tls, listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  port = portOf(server);
  return server;
}

/** The port a listener got. */
export const portOf = (server: Server): number => (server.address() as AddressInfo).port;
