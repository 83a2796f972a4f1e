import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixImports } from './fix-imports';

const FILES: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    // No standard library: the fix reads exports only, and loading lib.d.ts is the slow part.
    compilerOptions: { noLib: true, types: [], module: 'preserve', moduleResolution: 'bundler' },
  }),
  'src/core/ids.ts': `export type DossierId = string;\nexport const asDossierId = (id: string): DossierId => id;\n`,
  'src/core/records/hash.ts': `export const sha256Hex = (text: string): string => text;\nexport const secret = 1;\n`,
  'src/core/records/index.ts': `export { sha256Hex } from './hash';\nexport type Hash = string;\n`,
  'src/graph/b.ts': `import type { Hash } from '../core/records';\nimport { sha256Hex } from '../core/records/hash';\nexport const hash = (text: string): Hash => sha256Hex(text);\n`,
  'src/core/vocabulary/index.ts': `export * from '../ids';\n`,
  'src/core/index.ts': `export * from './ids';\nexport { sha256Hex } from './records';\n`,
  'src/graph/a.ts': [
    `import { asDossierId } from '../core/ids';`,
    `import type { DossierId } from '../core/ids';`,
    `import { sha256Hex } from '../core/records/hash';`,
    `import { secret } from '../core/records/hash';`,
    `// Chunking: the hash alone.`,
    `import { sha256Hex as hash } from '../core/records/hash';`,
    `export const used = [asDossierId, sha256Hex, secret, hash];`,
    `export type D = DossierId;`,
    ``,
  ].join('\n'),
};

describe('the import fix', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bronvast-seams-'));
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sends values through the lightest index, types through the front door, and keeps the rest', () => {
    const indexes = Object.keys(FILES).filter((path) => path.endsWith('/index.ts'));
    // The layer's index also loads the assessment in the real code base: it weighs most.
    const weight = (index: string): number => (index === 'src/core/index.ts' ? 100 : 1);
    const fix = fixImports(root, ['src/graph/a.ts', 'src/graph/b.ts'], indexes, weight);
    expect(fix.rewritten).toBe(4);
    expect(fix.kept).toEqual([
      {
        from: 'src/graph/a.ts',
        to: 'src/core/records/hash.ts',
        why: 'not exported by an index: secret',
      },
    ]);
    expect(readFileSync(join(root, 'src/graph/a.ts'), 'utf8').split('\n').slice(0, 6)).toEqual([
      `import { asDossierId } from '../core/vocabulary';`,
      `import type { DossierId } from '../core';`,
      `import { sha256Hex } from '../core/records';`,
      `import { secret } from '../core/records/hash';`,
      `// Chunking: the hash alone.`,
      `import { sha256Hex as hash } from '../core/records/hash';`,
    ]);
  });

  it('merges the imports of one index into one statement', () => {
    expect(readFileSync(join(root, 'src/graph/b.ts'), 'utf8').split('\n')[0]).toBe(
      `import { type Hash, sha256Hex } from '../core/records';`,
    );
  });
});
