import { open } from 'node:fs/promises';

/** Where `--report` lines go: one JSON line per input, written with back-pressure. */
export interface ReportWriter {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/** A report that writes nothing (no `--report`). */
export const NO_REPORT: ReportWriter = {
  write: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

/**
 * Opens the report file, emptied, before anything is filed, so that a path that cannot be
 * written is said at once (null) rather than after the backlog was filed.
 */
export async function openReport(path: string): Promise<ReportWriter | null> {
  const handle = await open(path, 'w').catch(() => null);
  if (handle === null) return null;
  const stream = handle.createWriteStream();
  return {
    write: (line) =>
      new Promise<void>((resolve) => {
        if (stream.write(`${line}\n`)) resolve();
        else stream.once('drain', () => resolve());
      }),
    close: () => new Promise<void>((resolve) => stream.end(() => resolve())),
  };
}
