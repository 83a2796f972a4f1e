/**
 * Builds Bronvast for real Outlook (with a Microsoft 365 tenant) and, when a certificate is
 * given, serves it over https on the add-in's origin. See docs/outlook-sideload.md.
 *
 * Environment: BRONVAST_ORIGIN (default https://localhost:3000), BRONVAST_CLIENT_ID (the app
 * registration), BRONVAST_SITE_HOSTNAME, BRONVAST_SITE_PATH, BRONVAST_ORGANISATION_DOMAINS,
 * BRONVAST_TLS_CERT and BRONVAST_TLS_KEY (PEM files; without them the build is only written),
 * BRONVAST_OUTLOOK_BUILD (output folder, default dist).
 */
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import webpack from 'webpack';
import { ownHostCheck } from './serve/own-host';

const repo = path.resolve(__dirname, '..');
/** The origin manifest.xml and the allow-list are written for in the repository. */
export const SOURCE_ORIGIN = 'https://localhost:3000';

/** Checks an add-in origin: https, no path. Returns the origin, or the reason it is unusable. */
export function checkOrigin(
  value: string,
): { ok: true; origin: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: `geen geldige URL: ${value}` };
  }
  if (url.protocol !== 'https:')
    return { ok: false, reason: 'Outlook laadt add-ins alleen over https' };
  if (url.pathname !== '/' || url.search !== '')
    return { ok: false, reason: 'geef alleen de origin, zonder pad' };
  return { ok: true, origin: url.origin };
}

/** manifest.xml (or the allow-list) with every URL moved to `origin`. */
export function withOrigin(text: string, origin: string): string {
  return text.split(SOURCE_ORIGIN).join(origin);
}

/** What is missing for a working sideload, as sentences. Empty when all is there. */
export function missingSettings(env: NodeJS.ProcessEnv): string[] {
  const missing: string[] = [];
  if (!env.BRONVAST_CLIENT_ID) {
    missing.push(
      'BRONVAST_CLIENT_ID ontbreekt: zonder app-registratie kan Bronvast niet aanmelden bij Microsoft Graph.',
    );
  }
  if (!env.BRONVAST_TLS_CERT || !env.BRONVAST_TLS_KEY) {
    missing.push(
      'BRONVAST_TLS_CERT en BRONVAST_TLS_KEY ontbreken: de build wordt alleen geschreven. Zet hem op een https-server ' +
        'op de origin, of geef een certificaat (bijvoorbeeld van mkcert; office-addin-dev-certs vraagt op Linux om sudo).',
    );
  }
  return missing;
}

async function build(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createConfig = require('../webpack.config.js') as (
    env: object,
    argv: object,
  ) => webpack.Configuration;
  const compiler = webpack(createConfig({}, { mode: 'production', outputPath }));
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
}

/** Writes the manifest and the allow-list for the origin (the build writes `commands.js` itself). */
function finishBuild(outputPath: string, origin: string): void {
  writeFileSync(
    path.join(outputPath, 'manifest.xml'),
    withOrigin(readFileSync(path.join(repo, 'manifest.xml'), 'utf8'), origin),
  );
  const allowList = path.join(repo, '.well-known', 'microsoft-officeaddins-allowed.json');
  const allowTarget = path.join(outputPath, '.well-known', 'microsoft-officeaddins-allowed.json');
  if (existsSync(allowList) && existsSync(path.dirname(allowTarget))) {
    writeFileSync(allowTarget, withOrigin(readFileSync(allowList, 'utf8'), origin));
  }
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

/** What the add-in's https server needs: its build folder, origin and certificate. */
export interface BuildServerOptions {
  readonly outputPath: string;
  readonly origin: string;
  readonly tls: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** The port to listen on; the origin's own port by default (0 takes a free one). */
  readonly port?: number;
}

/**
 * Serves the build over https on the add-in's origin. A request whose Host is not the origin's
 * name (or a loopback name) with the port it listens on is answered 421 with nothing of the
 * build, so a page that DNS rebinding points at this machine reads nothing through it.
 */
export async function startBuildServer(options: BuildServerOptions): Promise<Server> {
  const root = path.resolve(options.outputPath);
  const origin = new URL(options.origin);
  let port = 0;
  const ownHost = ownHostCheck({ port: () => port, scheme: 'https', listenHost: origin.hostname });
  const server = createServer(options.tls, (request, response) => {
    if (!ownHost(request.headers.host)) {
      response.writeHead(421, { 'Content-Type': 'text/plain', Connection: 'close' });
      response.end('Misdirected request: this server answers only under its own host name.');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, `.${pathname === '/' ? '/taskpane.html' : pathname}`);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      // Hashed bundles never change; pages and commands.js keep their names across builds.
      'Cache-Control': /\.[0-9a-f]{8}\.js$/.test(file) ? 'max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? Number(origin.port || 443), resolve);
  });
  port = (server.address() as AddressInfo).port;
  return server;
}

async function main(): Promise<void> {
  const checked = checkOrigin(process.env.BRONVAST_ORIGIN ?? SOURCE_ORIGIN);
  if (!checked.ok) throw new Error(`BRONVAST_ORIGIN: ${checked.reason}`);
  const outputPath = path.resolve(repo, process.env.BRONVAST_OUTLOOK_BUILD ?? 'dist');
  const missing = missingSettings(process.env);
  missing.forEach((line) => console.warn(`Let op: ${line}`));
  console.log(`Bronvast wordt gebouwd voor ${checked.origin}…`);
  await build(outputPath);
  finishBuild(outputPath, checked.origin);
  console.log(`Build en manifest: ${path.join(outputPath, 'manifest.xml')}`);
  const { BRONVAST_TLS_CERT: cert, BRONVAST_TLS_KEY: key } = process.env;
  if (cert && key) {
    await startBuildServer({
      outputPath,
      origin: checked.origin,
      tls: { cert: readFileSync(cert), key: readFileSync(key) },
    });
    console.log(`Bronvast voor Outlook: ${checked.origin}/manifest.xml (Ctrl+C stopt)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
