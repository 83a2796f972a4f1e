import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpora folder: env BRONVAST_DATA, else `<repo>/../shared/data`. */
export function dataDirectory(): string {
  return process.env['BRONVAST_DATA'] ?? resolve(__dirname, '..', '..', '..', 'shared', 'data');
}

/** The corpora folder if it exists, else null after printing what is missing and how to fix it. */
export function findDataDirectory(): string | null {
  const directory = dataDirectory();
  if (existsSync(directory)) return directory;
  console.error(
    `The corpora folder ${directory} does not exist. Put the shared data beside the project ` +
      '(../shared/data) or point BRONVAST_DATA at it. The product itself does not need it.',
  );
  return null;
}

/** Raised when one corpus file is missing from the data folder. */
export class CorpusMissingError extends Error {
  override readonly name = 'CorpusMissingError';
  constructor(readonly path: string) {
    super(`Corpus file ${path} is missing; set BRONVAST_DATA to the folder that holds it.`);
  }
}

/** The path of a corpus file, or a CorpusMissingError when it is absent. */
export function corpusFile(dataDir: string, ...parts: string[]): string {
  const path = join(dataDir, ...parts);
  if (!existsSync(path)) throw new CorpusMissingError(path);
  return path;
}
