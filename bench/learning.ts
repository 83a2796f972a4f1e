/**
 * Learning benchmark: the training parts of the Waalwijk and Amsterdam Woo corpora replayed as a
 * stream of filings (in date order). The officer files each mail in the suggestion's first
 * dossier, with the history filed so far; a reviewer moves the wrongly filed ones to their right
 * dossier, and the history comes from the records list, so a move is a correction of the history.
 * Once 50 filings were corrected (all wrong ones, where the corpus has fewer), the mails that
 * follow (the rest of the stream, then the held-out part) are scored twice: with the history as
 * the officers filed it, and with the 50 corrections in it. Prints dossier top-1 before/after.
 * Needs the corpora in ../shared/data (or BRONVAST_DATA); without them it says so.
 */
import type { FiledMessage } from '../src/core/dossier';
import { prepareDossierIndex, suggestDossiers } from '../src/core/dossier/index';
import { asDossierId, type DossierId } from '../src/core/ids';
import { loadAmsterdamWoo, loadWooWaalwijk, type LabelledExample } from '../scripts/corpora/index';
import { findDataDirectory } from '../scripts/corpora';
import { registryOf, slugOf } from './dossier-registry';

const CORRECTIONS = 50;

function firstDossier(
  example: LabelledExample,
  index: ReturnType<typeof prepareDossierIndex>,
): DossierId | undefined {
  const result = suggestDossiers(example.message, index);
  return result.kind === 'suggested' ? result.suggestions[0]?.dossier : undefined;
}

function top1(
  examples: readonly LabelledExample[],
  index: ReturnType<typeof prepareDossierIndex>,
): number {
  const right = examples.filter(
    (example) => firstDossier(example, index) === slugOf(example.dossier ?? ''),
  ).length;
  return examples.length === 0 ? Number.NaN : Math.round((right / examples.length) * 1000) / 1000;
}

/** Replays one corpus's training part; the figures of the mails after the 50th correction. */
export function replaySource(examples: readonly LabelledExample[]): Record<string, unknown> {
  const stream = examples
    .filter((example) => example.split === 'train' && example.dossier !== undefined)
    .sort(
      (a, b) =>
        (a.message.sent?.getTime() ?? 0) - (b.message.sent?.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const registry = registryOf(examples.filter((example) => example.dossier !== undefined));
  const filed: FiledMessage[] = [];
  const corrected: FiledMessage[] = [];
  let position = 0;
  let corrections = 0;
  for (; position < stream.length && corrections < CORRECTIONS; position++) {
    const example = stream[position];
    if (example === undefined) break;
    const right = asDossierId(slugOf(example.dossier ?? ''));
    const chosen = firstDossier(example, prepareDossierIndex(registry, filed)) ?? right;
    filed.push({ message: example.message, dossier: chosen });
    if (chosen !== right) corrections += 1;
    corrected.push({ message: example.message, dossier: right });
  }
  // The corpora are small: what follows is the rest of the stream and then the held-out part.
  const following = [
    ...stream.slice(position),
    ...examples.filter((example) => example.split === 'test' && example.dossier !== undefined),
  ];
  return {
    stream: stream.length,
    filedBeforeTheFollowing: position,
    corrections,
    following: following.length,
    top1Before: top1(following, prepareDossierIndex(registry, filed)),
    top1After: top1(following, prepareDossierIndex(registry, corrected)),
  };
}

/** The learning figures for both corpora; null data folder: skipped. */
export function benchLearning(dataDir: string | null): Record<string, unknown> {
  if (dataDir === null) return { skipped: 'no data folder (set BRONVAST_DATA)' };
  return {
    protocol: `stream = training part in date order; the first ${CORRECTIONS} wrong filings (or all, where fewer) corrected by a reviewer; scored = the rest of the stream and the held-out part`,
    waalwijk: replaySource(loadWooWaalwijk(dataDir)),
    amsterdam: replaySource(loadAmsterdamWoo(dataDir)),
  };
}

if (require.main === module) {
  console.log(JSON.stringify(benchLearning(findDataDirectory()), null, 2));
}
