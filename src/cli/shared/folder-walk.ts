import type { Dirent } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectPath, type InputFileError, type InputPathKind } from './input-file';

/** Why an entry found in a folder was not read. */
export type WalkError = InputFileError | 'link-broken' | 'folder-seen';

/** A regular file found under a folder, or an entry that was not read and why. */
export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'problem'; readonly path: string; readonly error: WalkError };

/** What a walk takes and leaves. */
export interface WalkOptions {
  /** Whether a file of this name is input; others are passed over without a word. */
  readonly wanted: (name: string) => boolean;
  /** Files never to read, by identity (`dev:ino`), such as the run's own report. */
  readonly skip?: ReadonlySet<string>;
}

/**
 * The files under a folder, one listing per level in memory, depth first, in path order (code
 * units, the same on every machine). Hidden entries (`.DS_Store`) are passed over. Symbolic links
 * are followed: a link to a mail is read as the mail, a link to a folder is walked unless that
 * folder was walked already (a loop, or a second way to the same folder), which is named as
 * `folder-seen`. A wanted name that is no regular file (a FIFO, a device, a broken link) is
 * named too, so nothing is passed over without a word.
 */
export async function* walkFolder(folder: string, options: WalkOptions): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  yield* walk(folder, options, seen);
}

async function* walk(
  folder: string,
  options: WalkOptions,
  seen: Set<string>,
): AsyncGenerator<WalkEntry> {
  const real = await realpath(folder).catch(() => null);
  if (real !== null && seen.has(real)) {
    yield { kind: 'problem', path: folder, error: 'folder-seen' };
    return;
  }
  if (real !== null) seen.add(real);
  const children = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (children === null) {
    yield { kind: 'problem', path: folder, error: 'file-unreadable' };
    return;
  }
  const entries = await Promise.all(
    children
      .filter((child) => !child.name.startsWith('.'))
      .map(async (child) => ({ child, found: await inspectChild(folder, child) })),
  );
  for (const { child, found } of entries.sort(byPath)) {
    const path = join(folder, child.name);
    if (found.kind === 'folder') yield* walk(path, options, seen);
    else if (found.kind === 'file') {
      if (options.skip?.has(found.identity) === true || !options.wanted(child.name)) continue;
      yield { kind: 'file', path, size: found.size };
    } else if (options.wanted(child.name) || found.error === 'link-loop') {
      yield { kind: 'problem', path, error: found.error };
    }
  }
}

type ChildKind = InputPathKind | { readonly kind: 'problem'; readonly error: WalkError };

async function inspectChild(folder: string, child: Dirent): Promise<ChildKind> {
  const found = await inspectPath(join(folder, child.name));
  if (found.kind === 'problem' && found.error === 'path-not-found' && child.isSymbolicLink())
    return { kind: 'problem', error: 'link-broken' };
  return found;
}

/** Folders sort as `name/`, so a depth-first walk lists paths in the order of the full path. */
function byPath(
  a: { readonly child: Dirent; readonly found: ChildKind },
  b: { readonly child: Dirent; readonly found: ChildKind },
): number {
  const key = (entry: typeof a) => entry.child.name + (entry.found.kind === 'folder' ? '/' : '');
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
