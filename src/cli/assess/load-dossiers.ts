import { readFile } from 'node:fs/promises';
import { asDossierId, type Dossier } from '../../core';
import type { InputProblem } from '../shared/input-error';
import { isRecord } from '../shared/record-message';

/** The dossier registry read from a file, with the entries that had to be skipped. */
export interface LoadedDossiers {
  readonly dossiers: readonly Dossier[];
  readonly problems: readonly InputProblem[];
}

/**
 * Reads `--dossiers`: a JSON array of `{id, title, description?, keywords?, status?}`, keywords as
 * an array of strings or one `;`-separated string (as in the SharePoint list). Entries that are
 * not valid, and later entries with an id seen before, are skipped and reported as `file[index]`.
 */
export async function loadDossiers(path: string): Promise<LoadedDossiers> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return failed(path, 'file-unreadable');
  }
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return failed(path, 'invalid-json');
  }
  if (!Array.isArray(list)) return failed(path, 'dossiers-not-a-list');
  return collectDossiers(path, list);
}

function collectDossiers(path: string, list: readonly unknown[]): LoadedDossiers {
  const dossiers: Dossier[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const dossier = dossierFrom(entry);
    const source = `${path}[${index}]`;
    if (dossier === undefined) problems.push({ source, error: 'invalid-dossier' });
    else if (seen.has(dossier.id)) problems.push({ source, error: 'duplicate-dossier' });
    else {
      seen.add(dossier.id);
      dossiers.push(dossier);
    }
  });
  return { dossiers, problems };
}

function dossierFrom(entry: unknown): Dossier | undefined {
  if (!isRecord(entry)) return undefined;
  const { id, title, description, keywords, status } = entry;
  if (typeof id !== 'string' || id.trim() === '' || typeof title !== 'string') return undefined;
  if (description !== undefined && typeof description !== 'string') return undefined;
  if (status !== undefined && status !== 'open' && status !== 'closed') return undefined;
  const words = keywordsFrom(keywords);
  if (words === undefined) return undefined;
  return {
    id: asDossierId(id.trim()),
    title,
    ...(description === undefined ? {} : { description }),
    ...(words.length === 0 ? {} : { keywords: words }),
    ...(status === undefined ? {} : { status }),
  };
}

function keywordsFrom(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? value.split(';') : value;
  if (!Array.isArray(list) || !list.every((word) => typeof word === 'string')) return undefined;
  return list.map((word: string) => word.trim()).filter((word) => word !== '');
}

function failed(source: string, error: InputProblem['error']): LoadedDossiers {
  return { dossiers: [], problems: [{ source, error }] };
}
