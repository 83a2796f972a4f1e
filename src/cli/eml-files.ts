import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** A file found under a folder, or a subfolder that could not be listed. */
export interface FolderEntry {
  readonly path: string;
  readonly listable: boolean;
}

const EML = /\.eml$/i;

/**
 * The `.eml` files under a folder, subfolders included, sorted by path (code unit order, the
 * same on every machine). Only paths are held, never contents. Symbolic links are not
 * followed, so a link loop cannot make the walk endless. A subfolder that cannot be listed is
 * returned as an entry with `listable: false`, in its place in the order.
 */
export async function emlFilesUnder(folder: string): Promise<FolderEntry[]> {
  const entries: FolderEntry[] = [];
  await collect(folder, entries);
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function collect(folder: string, into: FolderEntry[]): Promise<void> {
  let children;
  try {
    children = await readdir(folder, { withFileTypes: true });
  } catch {
    into.push({ path: folder, listable: false });
    return;
  }
  for (const child of children) {
    const path = join(folder, child.name);
    if (child.isDirectory()) await collect(path, into);
    else if (child.isFile() && EML.test(child.name)) into.push({ path, listable: true });
  }
}
