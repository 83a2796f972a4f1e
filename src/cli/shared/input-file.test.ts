import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPath, readRegularFile } from './input-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-input-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file, also through a symbolic link', async () => {
    writeFileSync(join(dir, 'a.eml'), 'Subject: a\r\n\r\nx');
    symlinkSync(join(dir, 'a.eml'), join(dir, 'link.eml'));
    for (const name of ['a.eml', 'link.eml']) {
      const read = await readRegularFile(join(dir, name), 1000);
      expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('Subject: a\r\n\r\nx');
    }
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo.eml')]);
    const started = Date.now();
    expect(await readRegularFile(join(dir, 'fifo.eml'), 1000)).toEqual({
      ok: false,
      error: 'not-a-regular-file',
    });
    expect(await inspectPath(join(dir, 'fifo.eml'))).toEqual({
      kind: 'problem',
      error: 'not-a-regular-file',
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a link to /dev/zero without reading from it', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.eml'));
    expect(await readRegularFile(join(dir, 'zero.eml'), 1000)).toEqual({
      ok: false,
      error: 'not-a-regular-file',
    });
  });

  it('refuses a file above the limit and takes one at the limit', async () => {
    writeFileSync(join(dir, 'big.eml'), 'x'.repeat(1001));
    writeFileSync(join(dir, 'just.eml'), 'x'.repeat(1000));
    expect(await readRegularFile(join(dir, 'big.eml'), 1000)).toEqual({
      ok: false,
      error: 'file-too-large',
    });
    const read = await readRegularFile(join(dir, 'just.eml'), 1000);
    expect(read.ok && read.bytes.length).toBe(1000);
  });

  it('names a missing path, a folder and a link loop', async () => {
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    expect(await readRegularFile(join(dir, 'weg.eml'), 10)).toMatchObject({
      error: 'path-not-found',
    });
    expect(await readRegularFile(dir, 10)).toMatchObject({ error: 'not-a-regular-file' });
    expect(await readRegularFile(join(dir, 'loop-a'), 10)).toMatchObject({ error: 'link-loop' });
  });
});
