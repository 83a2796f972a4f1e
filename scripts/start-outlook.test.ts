import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { selfSignedCertificate } from '../emulator/tls/self-signed';
import { startBuildServer } from './start-outlook';

/** A GET to the server with a Host header of our choosing (fetch may not set one). */
function get(
  port: number,
  host: string,
  pathname = '/',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: pathname, headers: { host }, rejectUnauthorized: false },
      (incoming) => {
        let body = '';
        incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe("the add-in's https server", () => {
  let folder: string;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'bronvast-outlook-serve-'));
    writeFileSync(path.join(folder, 'taskpane.html'), '<!doctype html><title>Bronvast</title>');
    server = await startBuildServer({
      outputPath: folder,
      origin: 'https://localhost:3000',
      tls: await selfSignedCertificate(),
      port: 0,
    });
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves the build under its own name and port', async () => {
    const answer = await get(port, `localhost:${port}`);
    expect(answer).toEqual({ status: 200, body: '<!doctype html><title>Bronvast</title>' });
  });

  it('refuses another host name or port with 421 and serves nothing of the build', async () => {
    for (const host of [`rebind.attacker.example:${port}`, 'localhost:1', 'localhost']) {
      const answer = await get(port, host);
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('Bronvast</title>');
    }
  });

  it('serves nothing outside its folder', async () => {
    expect((await get(port, `localhost:${port}`, '/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });
});
