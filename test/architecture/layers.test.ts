import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import ts from 'typescript';

const root = resolve(__dirname, '../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

// ESLint's flat config loads through dynamic import, which Jest's module sandbox lacks, so the
// real command line runs on the text instead.
async function lintErrors(filePath: string, text: string): Promise<string[]> {
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      filePath,
      '--format',
      'json',
    ],
    { cwd: root, input: text, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint keeps the layers apart', () => {
  it('rejects a core module importing the Graph adapter, saying why', async () => {
    const errors = await lintErrors(
      'src/core/example.ts',
      "import { createGraphClient } from '../graph';\nexport const c = createGraphClient;\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/no-restricted-imports: .*arrows go core <- graph/),
    ]);
  });

  it('rejects React and Node built-ins in the core', async () => {
    const errors = await lintErrors(
      'src/core/example.ts',
      "import { useState } from 'react';\nimport { readFileSync } from 'node:fs';\nexport const x = [useState, readFileSync];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('rejects one surface importing another', async () => {
    const errors = await lintErrors(
      'src/taskpane/example.ts',
      "import { x } from '../review/x';\nexport const y = x;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/surfaces never import each other/)]);
  });

  it('rejects the filing layer importing the UI or the host', async () => {
    const errors = await lintErrors(
      'src/filing/example.ts',
      "import { useTexts } from '../ui';\nimport { toRestId } from '../host';\nexport const x = [useTexts, toRestId];\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/src\/filing may not import .*ui/),
      expect.stringMatching(/src\/filing may not import .*host/),
    ]);
  });

  it('rejects React in the filing layer', async () => {
    const errors = await lintErrors(
      'src/filing/example.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/hooks and components go to src\/ui/)]);
  });

  it('rejects the Graph adapter or the core importing the filing layer', async () => {
    const graph = await lintErrors(
      'src/graph/example.ts',
      "import { createMailFiler } from '../filing';\nexport const f = createMailFiler;\n",
    );
    const core = await lintErrors(
      'src/core/example.ts',
      "import type { FilingJob } from '../filing';\nexport type J = FilingJob;\n",
    );
    expect(graph).toEqual([expect.stringMatching(/An adapter may not import filing/)]);
    expect(core).toEqual([expect.stringMatching(/src\/core may not import .*filing/)]);
  });

  it('lets the filing layer import the core and the Graph adapter, and the UI the filing layer', async () => {
    const filing = await lintErrors(
      'src/filing/example.ts',
      "import { asDossierId } from '../core';\nimport { createGraphClient } from '../graph';\nexport const x = [asDossierId, createGraphClient];\n",
    );
    const ui = await lintErrors(
      'src/ui/example.ts',
      "import type { FilingJob } from '../filing';\nexport type J = FilingJob;\n",
    );
    expect(filing).toEqual([]);
    expect(ui).toEqual([]);
  });

  it('lets an adapter import the core', async () => {
    const errors = await lintErrors(
      'src/graph/example.ts',
      "import { asDossierId } from '../core';\nexport const d = asDossierId('BZK-1');\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('the core type-checks without DOM, Node or Office', () => {
  function coreDiagnostics(source: string): string[] {
    const configPath = join(root, 'src/core/tsconfig.json');
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, join(root, 'src/core'));
    const dir = mkdtempSync(join(tmpdir(), 'bronvast-core-'));
    const file = join(dir, 'probe.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], { ...parsed.options, noEmit: true });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('accepts plain ES2022', () => {
    expect(coreDiagnostics('export const n: number = [1, 2].at(-1) ?? 0;\n')).toEqual([]);
  });

  it('rejects window, fetch and Office', () => {
    const errors = coreDiagnostics(
      'export const a = window.location;\nexport const b = fetch;\nexport const c = Office.context;\n',
    );
    expect(errors.join('\n')).toMatch(/window/);
    expect(errors.join('\n')).toMatch(/fetch/);
    expect(errors.join('\n')).toMatch(/Office/);
  });
});
