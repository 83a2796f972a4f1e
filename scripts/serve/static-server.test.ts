import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { serveStatic, type StaticServer } from './static-server';

/** GETs a path with a Host header of our choosing (fetch may not set one). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    request({ host: target.hostname, port: target.port, path: target.pathname, headers: { host } })
      .on('response', (incoming) => {
        let body = '';
        incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body }));
      })
      .on('error', reject)
      .end();
  });
}

describe('the page server', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'bronvast-pages-'));
  let server: StaticServer;
  let failing = false;
  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>werkbank</title>');
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    server = await serveStatic({
      root,
      port: 0,
      config: () => {
        if (failing) throw new Error('config unreadable');
        return { graphBaseUrl: 'http://localhost:4123/v1.0' };
      },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const policyOf = (response: Response) =>
    (response.headers.get('content-security-policy') ?? '').split('; ');

  it('sends a Content-Security-Policy and nosniff with every answer', async () => {
    for (const pathname of [
      '/',
      '/assets/app.js',
      '/workbench-config.json',
      '/nergens',
      '/%E0%A4%A',
    ]) {
      const response = await fetch(`${server.url}${pathname}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const policy = policyOf(response);
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("connect-src 'self' http://localhost:4123 http://127.0.0.1:4123");
      const scripts = policy.find((directive) => directive.startsWith('script-src')) ?? '';
      expect(scripts).not.toMatch(/unsafe/);
    }
  });

  it('answers a malformed URL with 400 and a failing request with 500, and keeps serving', async () => {
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400);
    failing = true;
    const failed = await fetch(`${server.url}/`);
    failing = false;
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  it('serves nothing outside its folder', async () => {
    expect((await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/%00`)).status).toBe(404);
  });

  it('serves nothing, not even its config, under a host name that is not its own', async () => {
    const port = new URL(server.url).port;
    for (const path of ['/', '/workbench-config.json']) {
      const rebound = await getWithHost(`${server.url}${path}`, `rebind.attacker.example:${port}`);
      expect(rebound.status).toBe(421);
      expect(rebound.body).not.toContain('4123');
      expect((await getWithHost(`${server.url}${path}`, `127.0.0.1:${port}`)).status).toBe(200);
    }
  });
});
