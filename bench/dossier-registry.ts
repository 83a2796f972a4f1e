import type { Dossier, FiledMessage } from '../src/core/dossier';
import { asDossierId } from '../src/core/ids';
import type { LabelledExample } from '../scripts/corpora/index';

/** A readable title from a corpus dossier key (`Dossier: ...`, `irenestraat-waspik`). */
export function titleOf(key: string): string {
  const plain = key.replace(/^Dossier:\s*/, '').replace(/_manual$/, '');
  return /\s/.test(plain) ? plain : plain.replace(/[-_]+/g, ' ');
}

/** The dossier id the benchmarks give a corpus dossier key. */
export function slugOf(key: string): string {
  return key
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The registry of the dossier benchmarks: dossier names only, in corpus order. */
export function registryOf(examples: readonly LabelledExample[]): Dossier[] {
  const keys = [
    ...new Set(
      examples.flatMap((example) => (example.dossier === undefined ? [] : [example.dossier])),
    ),
  ];
  return keys.map((key) => ({ id: asDossierId(slugOf(key)), title: titleOf(key), status: 'open' }));
}

/** A labelled example as filed history. */
export function filedOf(example: LabelledExample): FiledMessage {
  return { message: example.message, dossier: asDossierId(slugOf(example.dossier ?? '')) };
}
