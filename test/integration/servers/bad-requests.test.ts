import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..', '..');

/** Starts a server in its own process and waits for the URL it prints. */
function startProcess(
  code: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', code], {
    cwd: repo,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(https?:\/\/localhost:\d+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ child, url });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (status) => reject(new Error(`exited with ${status}: ${output}`)));
  });
}

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });

describe('the local servers survive a malformed URL', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bronvast-servers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the record system answers 400 and then still answers', async () => {
    const dataDir = JSON.stringify(path.join(dir, 'emulator'));
    const code = `require('./emulator/main.ts')
      .startEmulator({ port: 0, dataDir: ${dataDir} })
      .then((emulator) => console.log(emulator.url));`;
    const { child, url } = await startProcess(code, {});
    try {
      expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
      const me = await fetch(`${url}/v1.0/me`, {
        headers: { authorization: 'Bearer dev:beleid@bronvast.example' },
      });
      expect(me.status).toBe(200);
      expect(child.exitCode).toBeNull();
    } finally {
      await stop(child);
    }
  });

  it('the page server answers 400 and then still serves its pages', async () => {
    const root = path.join(dir, 'pages');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>werkbank</title>');
    const code = `require('./scripts/serve/static-server.ts')
      .serveStatic({ root: ${JSON.stringify(root)}, port: 0, config: () => ({ graphBaseUrl: '' }) })
      .then((server) => console.log(server.url));`;
    const { child, url } = await startProcess(code, {});
    try {
      expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400);
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('werkbank');
      expect(child.exitCode).toBeNull();
    } finally {
      await stop(child);
    }
  });
});
