import { asDossierId, type FiledMessage } from '../../core';
import type { InputError, InputProblem } from '../shared/input-error';
import { readJsonLines } from '../shared/json-lines';
import { isRecord, messageFromRecord } from '../shared/record-message';

/** The filed history read from a file, with the lines that had to be skipped. */
export interface LoadedHistory {
  readonly history: readonly FiledMessage[];
  readonly problems: readonly InputProblem[];
}

/**
 * Reads `--history`: JSONL of messages filed earlier, in the input shapes (`{raw}` or
 * `{id, subject, from, ...}`) plus `dossier` (the dossier id) and optionally `filedBy`.
 * Lines that cannot be used are skipped and reported as `file:line`.
 */
export async function loadHistory(path: string): Promise<LoadedHistory> {
  const history: FiledMessage[] = [];
  const problems: InputProblem[] = [];
  try {
    for await (const line of readJsonLines(path)) {
      const source = `${path}:${line.line}`;
      const filed = 'error' in line ? line : await filedMessageFrom(line.value);
      if ('error' in filed) problems.push({ source, error: filed.error });
      else history.push(filed);
    }
  } catch {
    problems.push({ source: path, error: 'file-unreadable' });
  }
  return { history, problems };
}

async function filedMessageFrom(record: unknown): Promise<FiledMessage | { error: InputError }> {
  const outcome = await messageFromRecord(record);
  if (!outcome.ok) return { error: outcome.error };
  const { dossier, filedBy } = isRecord(record) ? record : {};
  if (typeof dossier !== 'string' || dossier.trim() === '') return { error: 'missing-dossier' };
  return {
    message: outcome.message,
    dossier: asDossierId(dossier.trim()),
    ...(typeof filedBy === 'string' && filedBy !== '' ? { filedBy } : {}),
  };
}
