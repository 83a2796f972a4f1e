/**
 * Dossier benchmark: top-1 and top-3 accuracy of `suggestDossiers` per source, and its latency.
 *
 * Protocol, per source (reported separately, never pooled):
 * - the registry holds only the dossier names: one open dossier per corpus dossier, titled after
 *   its key, with no description or keywords;
 * - the history (filed mail) is the training split with its dossiers; no test message is used
 *   as history (the loaded messages carry no dates), the strict reading of "earlier mail";
 * - the test split is scored; `no-dossier-fits` counts as a miss;
 * - `amsterdamWithThreadsAndEarlierMail` scores the Amsterdam test split as a mailbox would see
 *   it: every message carries its thread (`parent_id`) as conversation id, and the history also
 *   holds the test messages dated before it (dates parsed from the corpus; undated messages get
 *   the training split only). Waalwijk has no dates or threads, so it has no such variant;
 * - `unrelatedMailSuggested`: the share of unrelated mail (the Dutch notifications, 300 Enron and
 *   300 SpamAssassin messages) for which a dossier is suggested at all; it should stay near 0;
 * - `trainLeaveOneOut` scores each training message against the rest of the training split: the
 *   figure the method was tuned on, so the test figure stays untouched by tuning. To tune, run
 *   `bench/dossier-loo.ts`, which reports it without ever loading the test split.
 * Latency: p50/p99 of `suggestDossiers` over the test messages, and over 20 KB messages built
 * from training text (the size the assessment must handle within 5 ms), with the mean CPU time
 * per 20 KB message (less noisy than wall time on a loaded machine).
 */
import { prepareDossierIndex, suggestDossiers } from '../src/core/dossier/index';
import type { DossierIndex } from '../src/core/dossier/index';
import type { Dossier } from '../src/core/dossier';
import { asConversationId } from '../src/core/ids';
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
import { cpuTimeSuggest, largeMessages, timeSuggest } from './dossier-latency';
import { readAmsterdamThreads } from './dossier-threads';
import type { ThreadInfo } from './dossier-threads';

/** Enron and SpamAssassin messages taken as unrelated mail, each (all Dutch notifications are). */
const UNRELATED_SAMPLE = 300;

interface Accuracy {
  readonly messages: number;
  readonly top1: number;
  readonly top3: number;
  readonly noDossierFits: number;
}

/** Where the expected dossier is listed (0-based), NOT_LISTED, or NO_FIT for `no-dossier-fits`. */
const NOT_LISTED = Number.POSITIVE_INFINITY;
const NO_FIT = -1;

function rankOf(message: Message, expected: string, index: DossierIndex): number {
  const result = suggestDossiers(message, index, { limit: 3 });
  if (result.kind === 'no-dossier-fits') return NO_FIT;
  const rank = result.suggestions.findIndex(
    (suggestion) => suggestion.dossier === slugOf(expected),
  );
  return rank < 0 ? NOT_LISTED : rank;
}

function accuracy(ranks: readonly number[]): Accuracy {
  const share = (count: number): number =>
    Math.round((count / Math.max(1, ranks.length)) * 1000) / 1000;
  return {
    messages: ranks.length,
    top1: share(ranks.filter((rank) => rank === 0).length),
    top3: share(ranks.filter((rank) => rank >= 0 && rank < 3).length),
    noDossierFits: ranks.filter((rank) => rank === NO_FIT).length,
  };
}

function testRanks(
  registry: readonly Dossier[],
  test: readonly LabelledExample[],
  historyOf: (example: LabelledExample) => readonly LabelledExample[],
): number[] {
  const indexes = new Map<readonly LabelledExample[], DossierIndex>();
  return test.map((example) => {
    const history = historyOf(example);
    const index = indexes.get(history) ?? prepareDossierIndex(registry, history.map(filedOf));
    indexes.set(history, index);
    return rankOf(example.message, example.dossier ?? '', index);
  });
}

/** Share of unrelated mail for which a dossier is suggested (lower is better). */
function falseSuggestions(unrelated: readonly Message[], index: DossierIndex): number {
  const suggested = unrelated.filter(
    (message) => suggestDossiers(message, index).kind === 'suggested',
  );
  return Math.round((suggested.length / Math.max(1, unrelated.length)) * 1000) / 1000;
}

function benchSource(
  examples: readonly LabelledExample[],
  unrelated: readonly Message[],
): Record<string, unknown> {
  const labelled = examples.filter(
    (example) => example.dossier !== undefined && example.dossier !== '',
  );
  const registry = registryOf(labelled);
  const train = labelled.filter((example) => example.split === 'train');
  const test = labelled.filter((example) => example.split === 'test');
  const index = prepareDossierIndex(registry, train.map(filedOf));
  const looRanks = train.map((example, i) => {
    const rest = train.filter((_, j) => j !== i).map(filedOf);
    return rankOf(example.message, example.dossier ?? '', prepareDossierIndex(registry, rest));
  });
  return {
    dossiers: registry.length,
    history: train.length,
    test: accuracy(testRanks(registry, test, () => train)),
    trainLeaveOneOut: accuracy(looRanks),
    unrelatedMailSuggested: falseSuggestions(unrelated, index),
    latency: timeSuggest(
      test.map((example) => example.message),
      index,
      20,
    ),
    latency20kB: timeSuggest(largeMessages(train, 50), index, 5),
    cpu20kB: cpuTimeSuggest(largeMessages(train, 50), index, 5),
  };
}

/**
 * The Amsterdam test split again, now as a mailbox would see it: each message carries its
 * thread as conversation id, and the history also holds the test messages dated before it.
 */
function benchWithEarlierMail(
  examples: readonly LabelledExample[],
  threads: ReadonlyMap<string, ThreadInfo>,
): Accuracy {
  const threaded = examples
    .filter((example) => example.dossier !== undefined && example.dossier !== '')
    .map((example) => {
      const info = threads.get(example.id);
      const conversation =
        info === undefined ? {} : { conversationId: asConversationId(info.thread) };
      return { ...example, message: { ...example.message, ...conversation } };
    });
  const registry = registryOf(threaded);
  const train = threaded.filter((example) => example.split === 'train');
  const test = threaded.filter((example) => example.split === 'test');
  const dateOf = (example: LabelledExample): number | null => threads.get(example.id)?.date ?? null;
  return accuracy(
    testRanks(registry, test, (example) => {
      const date = dateOf(example);
      if (date === null) return train;
      const earlier = test.filter((other) => (dateOf(other) ?? Infinity) < date);
      return earlier.length === 0 ? train : [...train, ...earlier];
    }),
  );
}

/** Runs the dossier benchmark on the Waalwijk and Amsterdam corpora; null data folder: skipped. */
export async function benchDossier(dataDir: string | null): Promise<Record<string, unknown>> {
  if (dataDir === null) return { skipped: 'no data folder (set BRONVAST_DATA)' };
  const amsterdam = loadAmsterdamWoo(dataDir);
  const unrelated = [
    ...loadNlNotifications(dataDir),
    ...(await loadEnron(dataDir)).slice(0, UNRELATED_SAMPLE),
    ...(await loadSpamAssassin()).slice(0, UNRELATED_SAMPLE),
  ].map((example) => example.message);
  return {
    protocol: 'registry = dossier names only; history = train split; scored = test split',
    targets: { waalwijk: { top1: 0.85, top3: 0.98 }, amsterdam: { top1: 0.8, top3: 0.92 } },
    waalwijk: benchSource(loadWooWaalwijk(dataDir), unrelated),
    amsterdam: benchSource(amsterdam, unrelated),
    amsterdamWithThreadsAndEarlierMail: benchWithEarlierMail(
      amsterdam,
      readAmsterdamThreads(dataDir),
    ),
  };
}

if (require.main === module) {
  const dataDir = findDataDirectory();
  benchDossier(dataDir)
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
