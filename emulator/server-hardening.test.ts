import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from './server';
import { startTestEmulator, type TestEmulator } from './testing/harness';

/** An address of this machine outside the loopback interface. */
function outsideAddress(): string {
  const found = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4');
  if (found === undefined) throw new Error('this machine has no IPv4 address outside loopback');
  return found.address;
}

const reachable = (host: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('the record system under hostile requests', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator();
  });
  afterAll(() => test.stop());

  it('answers a malformed URL with 400 and the envelope, and keeps answering', async () => {
    for (const url of [`${test.emulator.url}/%E0%A4%A`, `${test.emulator.baseUrl}/me/%E0%A4%A`]) {
      const response = await fetch(url, { headers: { authorization: 'Bearer dev:x' } });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; innerError: object } };
      expect(body.error.code).toBe('BadRequest');
      expect(body.error.innerError).toEqual(
        expect.objectContaining({ 'request-id': expect.any(String) }),
      );
    }
    expect((await test.call('/me')).status).toBe(200);
  });

  it('grants CORS to the pages it was told about, and to no other origin', async () => {
    const evil = await test.call('/me', { headers: { origin: 'http://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${test.emulator.baseUrl}/me`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const own = await test.call('/me', { headers: { origin: 'http://localhost:3000' } });
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('listens on the loopback interface only, unless told to listen wider', async () => {
    const address = outsideAddress();
    const port = Number(new URL(test.emulator.url).port);
    expect(await reachable('127.0.0.1', port)).toBe(true);
    expect(await reachable(address, port)).toBe(false);
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-wide-'));
    const wide = await startEmulator({ port: 0, dataDir, host: '0.0.0.0' });
    try {
      expect(await reachable(address, Number(new URL(wide.url).port))).toBe(true);
    } finally {
      await wide.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('uses the origins it is given, asked anew for every request', async () => {
    let origins: readonly string[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-cors-'));
    const emulator = await startEmulator({ port: 0, dataDir, allowedOrigins: () => origins });
    try {
      const ask = () =>
        fetch(`${emulator.baseUrl}/me`, {
          headers: { origin: 'http://localhost:3456', authorization: 'Bearer dev:x' },
        });
      expect((await ask()).headers.get('access-control-allow-origin')).toBeNull();
      origins = ['http://localhost:3456'];
      expect((await ask()).headers.get('access-control-allow-origin')).toBe(
        'http://localhost:3456',
      );
    } finally {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
