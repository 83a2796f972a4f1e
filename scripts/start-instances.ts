/**
 * The workbenches `npm start` runs from this checkout, one file per instance in `.data/start/`:
 * `<pid>.json` with the process's identity (its start time and command line). An instance
 * removes only its own file; `npm stop` signals a process only when it is still the one that
 * wrote the file, so a pid the system gave to another process since is never killed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the instance files live. */
export const INSTANCES_DIR = path.resolve(__dirname, '..', '.data', 'start');

/** What one instance file holds. */
export interface InstanceRecord {
  readonly pid: number;
  /** `ps`'s start time and command line of the process, read when it started. */
  readonly identity: string;
  readonly url?: string;
}

/** How stopping one instance went. */
export type StopOutcome =
  | { readonly kind: 'stopped'; readonly pid: number }
  | { readonly kind: 'not-running'; readonly pid: number }
  | { readonly kind: 'other-process'; readonly pid: number }
  | { readonly kind: 'unreadable'; readonly file: string };

/**
 * The identity of a running process (start time and command line, from `ps`), or null when no
 * process has that pid.
 */
export function processIdentity(pid: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'lstart=', '-o', 'args=', '-p', String(pid)], (error, stdout) => {
      const identity = stdout.trim();
      resolve(error !== null || identity === '' ? null : identity);
    });
  });
}

/** Records this process as a running instance; returns how to remove exactly that record. */
export async function registerInstance(
  url: string,
  dir = INSTANCES_DIR,
  pid = process.pid,
): Promise<() => void> {
  const identity = (await processIdentity(pid)) ?? '';
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${pid}.json`);
  const record: InstanceRecord = { pid, identity, url };
  writeFileSync(file, JSON.stringify(record));
  return () => removeOwnRecord(file, pid);
}

/** Removes an instance file only when it names `pid`: never another instance's. */
export function removeOwnRecord(file: string, pid: number): void {
  if (readRecord(file)?.pid === pid) rmSync(file, { force: true });
}

/**
 * Stops every instance recorded in `dir` whose process is still the one that wrote the record
 * (SIGTERM, which lets it close its servers and remove its own file). Records of processes that
 * are gone, or whose pid now belongs to another process, are removed without a signal.
 */
export async function stopInstances(dir = INSTANCES_DIR): Promise<StopOutcome[]> {
  const files = listRecords(dir);
  const outcomes: StopOutcome[] = [];
  for (const file of files) {
    const record = readRecord(file);
    if (record === null) {
      outcomes.push({ kind: 'unreadable', file });
      rmSync(file, { force: true });
      continue;
    }
    const now = await processIdentity(record.pid);
    if (now === null || record.identity === '' || now !== record.identity) {
      rmSync(file, { force: true });
      outcomes.push({ kind: now === null ? 'not-running' : 'other-process', pid: record.pid });
      continue;
    }
    process.kill(record.pid, 'SIGTERM');
    outcomes.push({ kind: 'stopped', pid: record.pid });
  }
  return outcomes;
}

function listRecords(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /^\d+\.json$/.test(name))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}

function readRecord(file: string): InstanceRecord | null {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const pid: unknown = Reflect.get(value, 'pid');
    const identity: unknown = Reflect.get(value, 'identity');
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return null;
    return { pid, identity: typeof identity === 'string' ? identity : '' };
  } catch {
    return null;
  }
}
