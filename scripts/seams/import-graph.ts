import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { hasReason } from './reason-comment';

/** One relative import between two files of the repository (paths relative to its root). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** `import type` / `export type`: the edge exists for the compiler only. */
  readonly typeOnly: boolean;
  /** A comment right above the statement says why it imports this module. */
  readonly reasoned: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
// The module named by a static import or re-export, `import('...')` or a bare `import '...'`.
const SPECIFIER = /\bfrom\s*'(\.[^']*)'|\bimport\s*\(\s*'(\.[^']*)'\s*\)|^import\s+'(\.[^']*)'/gm;

/** Every .ts/.tsx file under `folder` (relative to `root`), test helpers and tests included. */
export function sourceFiles(root: string, folder: string): string[] {
  const start = join(root, folder);
  if (!existsSync(start)) return [];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) found.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(start);
  return found.sort();
}

/** The repository file a relative specifier of `fromFile` lands on, if any. */
export function resolveModule(
  root: string,
  fromFile: string,
  specifier: string,
): string | undefined {
  const base = resolve(root, dirname(fromFile), specifier);
  for (const suffix of CANDIDATES) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) {
      return relative(root, path).split('\\').join('/');
    }
  }
  return undefined;
}

/** The statement an import's specifier belongs to, and whether a comment stands above it. */
function statementAt(text: string, index: number): { statement: string; reasoned: boolean } {
  const lines = text.slice(0, index).split('\n');
  let start = lines.length - 1;
  while (start > 0 && !/^\s*(import|export)\b/.test(lines[start] ?? '')) start -= 1;
  const offset = lines.slice(0, start).join('\n').length + (start > 0 ? 1 : 0);
  const statement = lines.slice(start).join('\n');
  return { statement, reasoned: hasReason(text, offset) };
}

/** The relative imports of `files` that land on a file of the repository. */
export function importEdges(root: string, files: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      const to = resolveModule(root, from, specifier);
      if (to === undefined) continue;
      const { statement, reasoned } = statementAt(text, match.index);
      const typeOnly = /^\s*(import|export)\s+type\b/.test(statement);
      edges.push({ from, to, typeOnly, reasoned });
    }
  }
  return edges;
}

/**
 * How much a module loads when the code runs: the bytes of the files in its closure over imports
 * that are not type-only (a JSON of weights counts for what it is).
 */
export function runtimeWeight(
  root: string,
  edges: readonly ImportEdge[],
): (file: string) => number {
  const next = new Map<string, string[]>();
  for (const edge of edges)
    if (!edge.typeOnly) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  return (file) => {
    const seen = new Set([file]);
    const todo = [file];
    for (let current = todo.pop(); current !== undefined; current = todo.pop())
      for (const target of next.get(current) ?? [])
        if (!seen.has(target)) {
          seen.add(target);
          todo.push(target);
        }
    return [...seen].reduce((bytes, path) => bytes + statSync(join(root, path)).size, 0);
  };
}
