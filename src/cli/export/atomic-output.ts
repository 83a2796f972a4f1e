import { mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why an output cannot be written, as a code; the detail names the path and the system's reason. */
export type OutputError = 'output-unwritable' | 'output-folder-not-empty';

/** The outcome of preparing or finishing an output. */
export type OutputOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: OutputError; readonly detail: string };

/**
 * An output written beside its final place and renamed into it when complete, so an export
 * that fails half-way never leaves a file or folder that looks finished.
 */
export interface AtomicOutput {
  /** Where to write meanwhile: a file or a folder beside the final path. */
  readonly partPath: string;
  /** Renames the finished part into place. */
  commit(): Promise<OutputOutcome>;
  /** Removes the part after a failure. */
  abort(): Promise<void>;
}

const partPathOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.part`);
const failure = (error: OutputError, path: string, cause: unknown): OutputOutcome => ({
  ok: false,
  error,
  detail: `${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
});

/** Prepares a file output: checks it can be written before any work is done. */
export async function prepareFileOutput(
  path: string,
): Promise<{ output: AtomicOutput } | OutputOutcome> {
  const partPath = partPathOf(path);
  try {
    await (await open(partPath, 'w')).close();
  } catch (cause) {
    return failure('output-unwritable', path, cause);
  }
  return { output: atomic(partPath, path, () => rm(partPath, { force: true })) };
}

/** Prepares a folder output; an existing folder must be empty (it is replaced). */
export async function prepareFolderOutput(
  path: string,
): Promise<{ output: AtomicOutput } | OutputOutcome> {
  const existing = await readdir(path).catch(() => null);
  if (existing !== null && existing.length > 0)
    return { ok: false, error: 'output-folder-not-empty', detail: path };
  const partPath = partPathOf(path);
  try {
    await mkdir(partPath, { recursive: true });
  } catch (cause) {
    return failure('output-unwritable', path, cause);
  }
  const replace = existing === null ? undefined : () => rmdir(path);
  return {
    output: atomic(partPath, path, () => rm(partPath, { recursive: true, force: true }), replace),
  };
}

function atomic(
  partPath: string,
  path: string,
  remove: () => Promise<void>,
  clearTarget?: () => Promise<void>,
): AtomicOutput {
  return {
    partPath,
    async commit() {
      try {
        await clearTarget?.();
        await rename(partPath, path);
        return { ok: true };
      } catch (cause) {
        await remove();
        return failure('output-unwritable', path, cause);
      }
    },
    abort: remove,
  };
}
