import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashContent } from '../../graph/records/content-source';
import { Sha256 } from '../../core/records/sha256-hash';
import { contentFromFile } from './file-content';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-content-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('contentFromFile', () => {
  it('reads any range of the file, again and again, and hashes like the bytes themselves', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 251);
    const path = join(dir, 'mail.eml');
    writeFileSync(path, bytes);
    const content = contentFromFile(path, bytes.length);

    expect(content.size).toBe(70_000);
    expect(await content.read(65_000, 10_000)).toEqual(bytes.slice(65_000));
    expect(await content.read(10, 5)).toEqual(bytes.slice(10, 15));
    expect(await content.read(10, 5)).toEqual(bytes.slice(10, 15));
    const whole = new Sha256();
    whole.update(bytes);
    expect(await hashContent(content, 4096)).toBe(whole.digestHex());
  });

  it('fails rather than files fewer bytes when the file shrank since it was listed', async () => {
    const path = join(dir, 'mail.eml');
    writeFileSync(path, 'kort');
    await expect(contentFromFile(path, 100).read(0, 100)).rejects.toThrow('file-shrank');
  });
});
