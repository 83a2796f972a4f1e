import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root. */
export const root = resolve(__dirname, '../..');

/** A text to lint as if it were the file at `path` (relative to the root). */
export interface LintProbe {
  readonly path: string;
  readonly text: string;
}

interface LintResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly message: string }[];
}

/**
 * Lints each probe with the project's real ESLint configuration, in one run, and returns
 * `rule: message` per problem, by probe name. Each text is written to a probe file beside its
 * path for the run, since the type-aware rules need a file on disk that the TypeScript project
 * includes; ESLint's flat config loads through dynamic import, which Jest's module sandbox
 * lacks, so the real command line runs.
 */
export function lintProbes<Name extends string>(
  probes: Record<Name, LintProbe>,
): Record<Name, string[]> {
  const files = new Map<string, Name>();
  const cleanup: string[] = [];
  for (const [index, [name, probe]] of Object.entries<LintProbe>(probes).entries()) {
    const extension = probe.path.endsWith('.tsx') ? '.tsx' : '.ts';
    const file = join(
      root,
      `${probe.path.slice(0, -extension.length)}.lint-probe-${process.pid}-${index}${extension}`,
    );
    const created = mkdirSync(dirname(file), { recursive: true });
    cleanup.push(created ?? file);
    writeFileSync(file, probe.text);
    files.set(file, name as Name);
  }
  try {
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...files.keys()],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.stdout.trim() === '') throw new Error(`ESLint printed no result: ${run.stderr}`);
    const results = JSON.parse(run.stdout) as LintResult[];
    const errors = Object.fromEntries([...files.values()].map((name) => [name, [] as string[]]));
    for (const result of results) {
      const name = files.get(result.filePath);
      if (name !== undefined)
        errors[name] = result.messages.map((m) => `${m.ruleId}: ${m.message}`);
    }
    return errors as Record<Name, string[]>;
  } finally {
    for (const path of cleanup) rmSync(path, { recursive: true, force: true });
  }
}
