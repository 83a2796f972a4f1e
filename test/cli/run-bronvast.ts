import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root and the .eml fixtures. */
export const repo = resolve(__dirname, '../..');
export const fixtures = join(repo, 'test/fixtures/eml');

/** What one run of the command line gave. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/bronvast.cjs ARGS` as a user would, from the repository root. */
export function bronvast(args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'node',
      [join(repo, 'bin/bronvast.cjs'), ...args],
      { cwd: repo },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON lines printed on stdout. */
export const records = (stdout: string): Record<string, unknown>[] =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
