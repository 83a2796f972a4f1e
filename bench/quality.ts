/**
 * Quality benchmark of the relevance model (the shipped weights.json) on the TEST split only,
 * per source and never pooled, next to a naive Bayes baseline trained on the same training split:
 * - enron: business (1.1, 1.6) vs personal (1.2, 1.3, 1.7, 1.8) macro-F1; 1.4/1.5 left out;
 * - spamAssassin: false-positive rate per group (hard ham, spam; easy ham for information);
 * - wooWaalwijk, amsterdamWoo: recall on the records that are not low-value, and separately the
 *   share of low-value messages (auto-replies, receipts, acceptances) called relevant;
 * - nlNotifications: false-positive rate on the negatives; borderline ones reported apart; and
 *   the same negatives with their sender and subject gone, known only by their body;
 * - nlNotificationsOwnSet: the share called relevant of the project's own set of automated
 *   Dutch mail of other kinds (bench/notification-set.ts);
 * - spamWithPdf: the spam false-positive rate when every spam carries a PDF attachment;
 * - projectExamples: the project's own Dutch examples, two-class figures.
 * Run directly (`npx tsx bench/quality.ts`) it prints the JSON.
 */
import { scoreRelevance, shippedModel } from '../src/core/relevance';
import { findDataDirectory, loadAllCorpora } from '../scripts/corpora';
import type { LabelledExample } from '../scripts/corpora';
import { trainingExamples } from '../scripts/corpora/training-plan';
import { bodyOnly, withPdf } from '../scripts/corpora/variants';
import { notificationSetFigures } from './notification-set';
import { relevantShare, twoClassFigures } from './quality-metrics';

type Predict = (example: LabelledExample) => boolean;

function shares(examples: readonly LabelledExample[], model: Predict, baseline: Predict): object {
  return {
    n: examples.length,
    model: relevantShare(examples.map(model)),
    baseline: relevantShare(examples.map(baseline)),
  };
}

function twoClass(examples: readonly LabelledExample[], predict: Predict): Record<string, number> {
  return twoClassFigures(
    examples.flatMap((e) =>
      e.relevant === null ? [] : [{ predicted: predict(e), actual: e.relevant }],
    ),
  );
}

function wooFigures(test: readonly LabelledExample[], model: Predict, baseline: Predict): object {
  return {
    recallOnRecords: shares(
      test.filter((e) => e.lowValue !== true),
      model,
      baseline,
    ),
    lowValueCalledRelevant: shares(
      test.filter((e) => e.lowValue === true),
      model,
      baseline,
    ),
  };
}

function spamFigures(test: readonly LabelledExample[], model: Predict, baseline: Predict): object {
  const group = (prefix: string): LabelledExample[] =>
    test.filter((e) => e.group?.startsWith(prefix));
  return {
    falsePositiveRateHardHam: shares(group('hard-ham'), model, baseline),
    falsePositiveRateSpam: shares(group('spam'), model, baseline),
    falsePositiveRateEasyHam: shares(group('easy-ham'), model, baseline),
  };
}

/** The quality figures, or a note when the corpora are missing. */
export async function benchQuality(dataDir: string | null): Promise<Record<string, unknown>> {
  if (dataDir === null) return { skipped: 'corpora folder missing (set BRONVAST_DATA)' };
  const corpus = await loadAllCorpora(dataDir);
  // natural loads dotenv, which prints tips on stdout; keep stdout the JSON.
  process.env['DOTENV_CONFIG_QUIET'] ??= 'true';
  const { trainBaseline } = await import('./quality-baseline');
  const baseline = trainBaseline(trainingExamples(corpus));
  const test = corpus.filter((example) => example.split === 'test');
  const of = (source: string): LabelledExample[] => test.filter((e) => e.source === source);
  const model: Predict = (example) => scoreRelevance(example.message).relevant;
  const base: Predict = (example) => baseline(example.message);
  const enron = of('enron');
  const notifications = of('nl-notifications');
  return {
    threshold: shippedModel().threshold,
    enron: { model: twoClass(enron, model), baseline: twoClass(enron, base) },
    spamAssassin: spamFigures(of('spam-assassin'), model, base),
    wooWaalwijk: wooFigures(of('woo-waalwijk'), model, base),
    amsterdamWoo: wooFigures(of('amsterdam-woo'), model, base),
    nlNotifications: {
      falsePositiveRate: shares(
        notifications.filter((e) => e.relevant === false),
        model,
        base,
      ),
      borderlineCalledRelevant: shares(
        notifications.filter((e) => e.relevant === null),
        model,
        base,
      ),
      headerlessFalsePositiveRate: shares(
        notifications.filter((e) => e.relevant === false).map(bodyOnly),
        model,
        base,
      ),
    },
    // Automated Dutch mail of other kinds than the corpus holds, written for the project.
    nlNotificationsOwnSet: notificationSetFigures(),
    spamWithPdf: shares(
      of('spam-assassin')
        .filter((e) => e.group?.startsWith('spam'))
        .map(withPdf),
      model,
      base,
    ),
    projectExamples: {
      model: twoClass(of('project-examples'), model),
      baseline: twoClass(of('project-examples'), base),
    },
  };
}

if (require.main === module) {
  void benchQuality(findDataDirectory()).then((figures) =>
    console.log(JSON.stringify(figures, null, 2)),
  );
}
