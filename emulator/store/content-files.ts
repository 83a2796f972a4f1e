import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createQuickXorHash } from './quick-xor-hash';
import type { Store } from './store';

/** What streaming a body to disk produced. */
export interface WrittenFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly quickXorHash: string;
}

/** Where a drive item's content lives. */
export function contentPath(store: Store, itemId: string): string {
  const dir = join(store.dataDir, 'content');
  mkdirSync(dir, { recursive: true });
  return join(dir, itemId);
}

/** A fresh path in the temp folder. */
export function tempPath(store: Store, prefix: string): string {
  const dir = join(store.dataDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${prefix}-${randomBytes(8).toString('hex')}`);
}

/** Streams a body into a temp file, hashing on the way; never holds the whole body. */
export async function streamToTempFile(
  store: Store,
  body: Readable,
  limit: number,
): Promise<WrittenFile | 'too-large'> {
  const path = tempPath(store, 'put');
  const sha = createHash('sha256');
  const xor = createQuickXorHash();
  const out = createWriteStream(path);
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limit) {
        out.destroy();
        await rm(path, { force: true });
        return 'too-large';
      }
      sha.update(buffer);
      xor.update(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    out.destroy();
    await rm(path, { force: true });
    throw error;
  }
  return { path, size, sha256: sha.digest('hex').toUpperCase(), quickXorHash: xor.digest() };
}

/** Hashes a finished file by streaming it (upload sessions). */
export async function hashFile(path: string): Promise<{ sha256: string; quickXorHash: string }> {
  const sha = createHash('sha256');
  const xor = createQuickXorHash();
  for await (const chunk of createReadStream(path)) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    sha.update(buffer);
    xor.update(buffer);
  }
  return { sha256: sha.digest('hex').toUpperCase(), quickXorHash: xor.digest() };
}

/** Moves a finished temp file into place as an item's content (atomic on one file system). */
export async function commitContent(store: Store, tempFile: string, itemId: string): Promise<void> {
  await rename(tempFile, contentPath(store, itemId));
}

/** Where an earlier content of a drive item is kept (its `contentVersion` then). */
export const keptContentPath = (store: Store, itemId: string, contentVersion: number): string =>
  contentPath(store, `${itemId}@${contentVersion}`);

/**
 * Keeps the content an item has now as its earlier content number `contentVersion`, before new
 * content replaces it: SharePoint keeps every version's bytes
 * (https://learn.microsoft.com/graph/api/driveitemversion-get-contents).
 */
export async function keepContent(
  store: Store,
  itemId: string,
  contentVersion: number,
): Promise<void> {
  await rename(contentPath(store, itemId), keptContentPath(store, itemId, contentVersion)).catch(
    () => undefined,
  );
}

/** Opens an item's content for streaming. */
export const openContent = (store: Store, itemId: string): Readable =>
  createReadStream(contentPath(store, itemId));
