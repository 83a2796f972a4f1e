import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** The largest mail read by default, in megabytes: Exchange Online's largest message (150 MB). */
export const DEFAULT_MAX_MAIL_MB = 150;

/** The size limit in bytes for a limit in megabytes. */
export const megabytes = (mb: number): number => Math.floor(mb * 1024 * 1024);

/** Why an input path could not be read as a file. */
export type InputFileError =
  'path-not-found' | 'file-unreadable' | 'not-a-regular-file' | 'file-too-large' | 'link-loop';

/** What a path is once symbolic links are followed. */
export type InputPathKind =
  | { readonly kind: 'file'; readonly size: number; readonly identity: string }
  | { readonly kind: 'folder' }
  | { readonly kind: 'problem'; readonly error: InputFileError };

/** A file's identity on its device (`dev:ino`): the same file under any name or link. */
export const fileIdentity = (info: { readonly dev: number; readonly ino: number }): string =>
  `${info.dev}:${info.ino}`;

/**
 * What the path is, links followed: a regular file (size, identity), a folder, or why it cannot
 * be read. A FIFO, socket or device (`/dev/zero`) is `not-a-regular-file` and is never opened, so
 * nothing waits on a writer that never comes or reads without end.
 */
export async function inspectPath(path: string): Promise<InputPathKind> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'folder' };
    if (!info.isFile()) return { kind: 'problem', error: 'not-a-regular-file' };
    return { kind: 'file', size: info.size, identity: fileIdentity(info) };
  } catch (error) {
    return { kind: 'problem', error: errorOf(error) };
  }
}

/** The bytes of a regular file, or why not. */
export type ReadFileOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: InputFileError };

// Opening a FIFO without O_NONBLOCK waits for a writer; with it, open returns at once and the
// descriptor's own type is checked before a byte is read. (Windows has no such flag or FIFOs.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `maxBytes`. The type and size are checked on the opened
 * descriptor, so a file swapped for a FIFO or device after it was listed is refused too, and
 * no more than `maxBytes + 1` bytes are ever read, whatever the file claims.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<ReadFileOutcome> {
  const found = await inspectPath(path);
  if (found.kind === 'folder') return { ok: false, error: 'not-a-regular-file' };
  if (found.kind === 'problem') return { ok: false, error: found.error };
  if (found.size > maxBytes) return { ok: false, error: 'file-too-large' };
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, error: errorOf(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, error: 'not-a-regular-file' };
    if (info.size > maxBytes) return { ok: false, error: 'file-too-large' };
    return await readAtMost(handle, info.size, maxBytes);
  } catch (error) {
    return { ok: false, error: errorOf(error) };
  } finally {
    await handle.close();
  }
}

async function readAtMost(
  handle: Awaited<ReturnType<typeof open>>,
  size: number,
  maxBytes: number,
): Promise<ReadFileOutcome> {
  // One byte more than allowed tells a file that grew since its size was read.
  const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  if (filled > maxBytes) return { ok: false, error: 'file-too-large' };
  return { ok: true, bytes: buffer.subarray(0, filled) };
}

/** The input error for a failed file system call. */
export function errorOf(error: unknown): InputFileError {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'path-not-found';
  if (code === 'ELOOP') return 'link-loop';
  return 'file-unreadable';
}
