import { fnv1a } from '../../src/core/relevance/fnv1a';
import type { Split } from './labelled-example';

/** Share of examples that go to training; the rest is held out for the benchmark. */
export const TRAIN_SHARE = 0.7;

/**
 * The split rule for every corpus, in one place: a hash of `source:id` decides, so the split is
 * the same on every machine and does not move when a corpus grows.
 */
export function splitOf(source: string, id: string): Split {
  return fnv1a(`${source}:${id}`) % 1000 < TRAIN_SHARE * 1000 ? 'train' : 'test';
}

/**
 * The split for corpora with dossiers: within each dossier of two or more messages, messages are
 * ordered by hash and about 30 % (at least one) go to test, the rest (at least one) to train, so
 * every such dossier is seen on both sides. Dossiers of one message fall back to `splitOf`.
 */
export function splitByDossier(
  source: string,
  items: readonly { readonly id: string; readonly dossier: string }[],
): ReadonlyMap<string, Split> {
  const byDossier = new Map<string, string[]>();
  for (const item of items) {
    byDossier.set(item.dossier, [...(byDossier.get(item.dossier) ?? []), item.id]);
  }
  const result = new Map<string, Split>();
  for (const ids of byDossier.values()) {
    if (ids.length < 2) {
      for (const id of ids) result.set(id, splitOf(source, id));
      continue;
    }
    const ordered = [...ids].sort((a, b) => fnv1a(`${source}:${a}`) - fnv1a(`${source}:${b}`));
    const testCount = Math.max(1, Math.round(ordered.length * (1 - TRAIN_SHARE)));
    ordered.forEach((id, index) => result.set(id, index < testCount ? 'test' : 'train'));
  }
  return result;
}
