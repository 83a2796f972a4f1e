/**
 * Learning benchmark: the training parts of the Waalwijk and Amsterdam Woo corpora replayed as a
 * stream of filings (in date order; mails without a date by id). The officer files each mail in
 * the suggestion's first dossier (where no dossier fits, in the right one, chosen by hand). The
 * history is what the product reads back: the records list's columns (subject, parties,
 * conversation, toelichting) under each record's current dossier, mapped by the product's own
 * `historyFromRecords`. A reviewer moves wrongly filed records to their right dossier, the first
 * 50 of them, as they come. The mails after the 50th correction (the rest of the stream, then the
 * held-out part) are scored twice: with the history as the officers filed it (no reviewer) and
 * with the corrections. Prints dossier top-1 before/after, and the relevance adjustment's effect.
 * Needs the corpora in ../shared/data (or BRONVAST_DATA); without them it says so.
 */
import { assessMessage, prepareContext, type Dossier, type FiledMessage } from '../src/core';
import { asDossierId, asRecordId, type DossierId } from '../src/core/ids';
import { recordMetadataFromAssessment } from '../src/core/records/record-metadata';
import { historyFromRecords } from '../src/filing/records-history';
import {
  loadAmsterdamWoo,
  loadNlNotifications,
  loadWooWaalwijk,
  type LabelledExample,
} from '../scripts/corpora/index';
import { findDataDirectory } from '../scripts/corpora';
import { registryOf, slugOf } from './dossier-registry';
import { replayRelevance } from './learning-relevance';

const CORRECTIONS = 50;
const FILED_AT = new Date('2025-01-01T00:00:00Z');

const rightOf = (example: LabelledExample): DossierId => asDossierId(slugOf(example.dossier ?? ''));

/** A filing as the records list gives it back to the dossier suggestion. */
function listed(example: LabelledExample, dossier: DossierId, position: number): FiledMessage {
  const context = prepareContext({ dossiers: [], history: [] });
  const metadata = {
    ...recordMetadataFromAssessment({
      message: example.message,
      assessment: assessMessage(example.message, context),
      choices: { dossier },
      filedBy: 'beleid@gemeente.example',
      filedAt: FILED_AT,
    }),
    sha256: '',
  };
  const [filed] = historyFromRecords([{ id: asRecordId(String(position)), webUrl: '', metadata }]);
  if (filed === undefined) throw new Error(`record ${position} has no history entry`);
  return filed;
}

function firstDossier(
  example: LabelledExample,
  registry: readonly Dossier[],
  history: readonly FiledMessage[],
): DossierId | undefined {
  const result = assessMessage(
    example.message,
    prepareContext({ dossiers: registry, history }),
  ).dossiers;
  return result.kind === 'suggested' ? result.suggestions[0]?.dossier : undefined;
}

function top1(
  examples: readonly LabelledExample[],
  registry: readonly Dossier[],
  history: readonly FiledMessage[],
): number {
  const context = prepareContext({ dossiers: registry, history });
  const right = examples.filter((example) => {
    const result = assessMessage(example.message, context).dossiers;
    return result.kind === 'suggested' && result.suggestions[0]?.dossier === rightOf(example);
  }).length;
  return examples.length === 0 ? Number.NaN : Math.round((right / examples.length) * 1000) / 1000;
}

/** One filing stream: with a reviewer correcting up to `limit` wrong dossiers, or without. */
function replayStream(
  stream: readonly LabelledExample[],
  registry: readonly Dossier[],
  limit: number,
): { history: FiledMessage[]; corrections: number; wrong: number; fiftiethAt: number } {
  const history: FiledMessage[] = [];
  let corrections = 0;
  let wrong = 0;
  let fiftiethAt = stream.length;
  stream.forEach((example, position) => {
    const right = rightOf(example);
    const chosen = firstDossier(example, registry, history) ?? right;
    const corrected = chosen !== right && corrections < limit;
    if (chosen !== right) wrong += 1;
    if (corrected) corrections += 1;
    history.push(listed(example, corrected ? right : chosen, position));
    if (corrected && corrections === CORRECTIONS) fiftiethAt = position + 1;
  });
  return { history, corrections, wrong, fiftiethAt };
}

/** Replays one corpus's training part; the figures of the mails after the 50th correction. */
export function replaySource(
  examples: readonly LabelledExample[],
  notRelevant: readonly LabelledExample[],
): Record<string, unknown> {
  const stream = examples
    .filter((example) => example.split === 'train' && example.dossier !== undefined)
    .sort(
      (a, b) =>
        (a.message.sent?.getTime() ?? 0) - (b.message.sent?.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const registry = registryOf(examples.filter((example) => example.dossier !== undefined));
  const reviewed = replayStream(stream, registry, CORRECTIONS);
  const unreviewed = replayStream(stream, registry, 0);
  const cut = reviewed.fiftiethAt;
  const following = [
    ...stream.slice(cut),
    ...examples.filter((example) => example.split === 'test' && example.dossier !== undefined),
  ];
  return {
    stream: stream.length,
    correctionsMade: reviewed.corrections,
    ...(reviewed.corrections < CORRECTIONS
      ? {
          note: `only ${reviewed.corrections} wrong dossiers in the stream of ${stream.length} (fewer than ${CORRECTIONS}): all corrected; scored on the held-out part`,
        }
      : {}),
    wrongWithoutReviewer: unreviewed.wrong,
    scoredMails: following.length,
    top1Before: top1(following, registry, unreviewed.history.slice(0, cut)),
    top1After: top1(following, registry, reviewed.history.slice(0, cut)),
    relevance: replayRelevance([...examples, ...notRelevant]),
  };
}

/** The learning figures for both corpora; null data folder: skipped. */
export function benchLearning(dataDir: string | null): Record<string, unknown> {
  if (dataDir === null) return { skipped: 'no data folder (set BRONVAST_DATA)' };
  const notifications = loadNlNotifications(dataDir);
  return {
    protocol: `stream = training part in date order; a reviewer moves the first ${CORRECTIONS} wrong filings (or all, where fewer); scored = the mails after the last correction (rest of the stream, then the held-out part); before = the officers' filings without a reviewer`,
    relevanceProtocol:
      'reviewers accept the corpus’s training mails and reject the Dutch notifications’ training part (in id order); scored on both held-out parts',
    waalwijk: replaySource(loadWooWaalwijk(dataDir), notifications),
    amsterdam: replaySource(loadAmsterdamWoo(dataDir), notifications),
  };
}

if (require.main === module) {
  console.log(JSON.stringify(benchLearning(findDataDirectory()), null, 2));
}
