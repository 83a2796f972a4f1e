import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNewFile } from './write-new-file';

describe('writeNewFile', () => {
  it('keeps both files when two records share an ID', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bronvast-new-file-'));
    expect(await writeNewFile(folder, '123456789012.mdto.xml', 'eerste')).toBe(
      '123456789012.mdto.xml',
    );
    expect(await writeNewFile(folder, '123456789012.mdto.xml', 'tweede')).toBe(
      '123456789012-2.mdto.xml',
    );
    expect(readdirSync(folder).sort()).toEqual([
      '123456789012-2.mdto.xml',
      '123456789012.mdto.xml',
    ]);
    expect(readFileSync(join(folder, '123456789012.mdto.xml'), 'utf8')).toBe('eerste');
  });
});
