/**
 * Dossier tuning bench: leave-one-out over the training split only, and the false-suggestion rate
 * on unrelated mail. It never loads the test split, so every method and parameter choice can be
 * made here and the test figure of `bench/dossier.ts` stays untouched by tuning.
 * `--misses` lists the training messages that leave-one-out gets wrong, with the top suggestion.
 */
import { prepareDossierIndex, suggestDossiers } from '../src/core/dossier/index';
import type { Message } from '../src/core/message';
import {
  findDataDirectory,
  loadAmsterdamWoo,
  loadEnron,
  loadNlNotifications,
  loadSpamAssassin,
  loadWooWaalwijk,
} from '../scripts/corpora/index';
import type { LabelledExample } from '../scripts/corpora/index';
import { filedOf, registryOf, slugOf } from './dossier-registry';

const UNRELATED_SAMPLE = 300;

function leaveOneOut(
  examples: readonly LabelledExample[],
  unrelated: readonly Message[],
  showMisses: boolean,
): Record<string, number> {
  const labelled = examples.filter((example) => example.dossier !== undefined && example.dossier);
  const train = labelled.filter((example) => example.split === 'train');
  const registry = registryOf(labelled);
  let top1 = 0;
  let top3 = 0;
  let noFit = 0;
  train.forEach((example, i) => {
    const index = prepareDossierIndex(registry, train.filter((_, j) => j !== i).map(filedOf));
    const result = suggestDossiers(example.message, index);
    const expected = slugOf(example.dossier ?? '');
    const rank =
      result.kind === 'suggested'
        ? result.suggestions.findIndex((suggestion) => suggestion.dossier === expected)
        : -1;
    if (result.kind === 'no-dossier-fits') noFit += 1;
    if (rank === 0) top1 += 1;
    if (rank >= 0 && rank < 3) top3 += 1;
    if (showMisses && rank !== 0) {
      const first = result.kind === 'suggested' ? result.suggestions[0] : undefined;
      const shown = first === undefined ? 'no fit' : `${first.dossier} ${first.score.toFixed(2)}`;
      console.log(`  miss ${example.id} [${expected}] rank ${rank}: ${shown}`);
    }
  });
  const index = prepareDossierIndex(registry, train.map(filedOf));
  const falses = unrelated.filter(
    (message) => suggestDossiers(message, index).kind === 'suggested',
  );
  const share = (count: number, of: number): number => Math.round((count / of) * 1000) / 1000;
  return {
    messages: train.length,
    top1: share(top1, train.length),
    top3: share(top3, train.length),
    noDossierFits: noFit,
    unrelatedMailSuggested: share(falses.length, unrelated.length),
  };
}

async function main(): Promise<void> {
  const dataDir = findDataDirectory();
  if (dataDir === null) {
    console.log('no data folder (set BRONVAST_DATA)');
    return;
  }
  const showMisses = process.argv.includes('--misses');
  const unrelated = [
    ...loadNlNotifications(dataDir),
    ...(await loadEnron(dataDir)).slice(0, UNRELATED_SAMPLE),
    ...(await loadSpamAssassin()).slice(0, UNRELATED_SAMPLE),
  ].map((example) => example.message);
  console.log('waalwijk', leaveOneOut(loadWooWaalwijk(dataDir), unrelated, showMisses));
  console.log('amsterdam', leaveOneOut(loadAmsterdamWoo(dataDir), unrelated, showMisses));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
