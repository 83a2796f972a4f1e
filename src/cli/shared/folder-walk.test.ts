import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkFolder, type WalkEntry, type WalkOptions } from './folder-walk';
import { fileIdentity } from './input-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-walk-links-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const EML: WalkOptions = { wanted: (name) => name.endsWith('.eml') };

async function walk(folder: string, options: WalkOptions = EML): Promise<string[]> {
  const seen: string[] = [];
  for await (const entry of walkFolder(folder, options)) seen.push(summary(folder, entry));
  return seen;
}

const summary = (folder: string, entry: WalkEntry): string =>
  `${entry.path.slice(folder.length + 1)} ${entry.kind === 'file' ? entry.size : entry.error}`;

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

describe('walkFolder', () => {
  it('follows a symbolic link to a mail outside the folder', async () => {
    write('buiten/echt.eml', 'abc');
    write('in/gewoon.eml', 'a');
    symlinkSync(join(dir, 'buiten/echt.eml'), join(dir, 'in/gekoppeld.eml'));
    expect(await walk(join(dir, 'in'))).toEqual(['gekoppeld.eml 3', 'gewoon.eml 1']);
  });

  it('walks a linked folder once and names a link that loops back', async () => {
    write('in/sub/a.eml', 'a');
    write('elders/b.eml', 'bb');
    symlinkSync(join(dir, 'elders'), join(dir, 'in/koppeling'));
    symlinkSync(join(dir, 'in'), join(dir, 'in/sub/terug'));
    symlinkSync(join(dir, 'elders'), join(dir, 'in/zz-nogmaals'));
    expect(await walk(join(dir, 'in'))).toEqual([
      'koppeling/b.eml 2',
      'sub/a.eml 1',
      'sub/terug folder-seen',
      'zz-nogmaals folder-seen',
    ]);
  });

  it('names a FIFO, a device link, a broken link and a self-loop among the mails', async () => {
    write('in/a.eml', 'a');
    write('in/z.eml', 'z');
    execFileSync('mkfifo', [join(dir, 'in/fifo.eml')]);
    symlinkSync('/dev/zero', join(dir, 'in/zero.eml'));
    symlinkSync(join(dir, 'nergens.eml'), join(dir, 'in/weg.eml'));
    symlinkSync(join(dir, 'in/kring'), join(dir, 'in/kring'));
    execFileSync('mkfifo', [join(dir, 'in/pijp.txt')]);
    expect(await walk(join(dir, 'in'))).toEqual([
      'a.eml 1',
      'fifo.eml not-a-regular-file',
      'kring link-loop',
      'weg.eml link-broken',
      'z.eml 1',
      'zero.eml not-a-regular-file',
    ]);
  });

  it('passes over the files it is told to skip, under any name', async () => {
    write('in/a.eml', 'a');
    write('in/rapport.eml', 'r');
    symlinkSync(join(dir, 'in/rapport.eml'), join(dir, 'in/ook-rapport.eml'));
    const skip = new Set([fileIdentity(statSync(join(dir, 'in/rapport.eml')))]);
    expect(await walk(join(dir, 'in'), { ...EML, skip })).toEqual(['a.eml 1']);
  });

  it('lists in full path order: a file before a folder whose name it extends', async () => {
    write('in/a.eml', '1');
    write('in/a/b.eml', '22');
    expect(await walk(join(dir, 'in'))).toEqual(['a.eml 1', 'a/b.eml 2']);
  });
});
