import type { TrainingExample } from '../../src/core/relevance/training';
import type { LabelledExample } from './labelled-example';
import { bodyOnly, withPdf } from './variants';

/**
 * The share of the training weight each cell (source, and within it a label or group) gets, so
 * no source dominates however many messages it has: SpamAssassin's 4,000 training mails weigh
 * as much as the project's 100 examples. Within a cell every message weighs the same; the two
 * classes are then scaled to equal totals. Woo messages marked low-value (auto-replies,
 * receipts, meeting acceptances) train as not relevant: they are records, but not the kind
 * that shows how a decision came about. Enron weighs double: it is the only corpus where
 * correspondence and private mail share a style, the hardest distinction (chosen on
 * cross-validated training figures).
 */
export const CELL_SHARES: Readonly<Record<string, number>> = {
  'enron:relevant': 2,
  'enron:not-relevant': 2,
  'woo-waalwijk:relevant': 0.5,
  'woo-waalwijk:not-relevant': 0.25,
  'amsterdam-woo:relevant': 0.5,
  'amsterdam-woo:not-relevant': 0.25,
  'nl-notifications:not-relevant': 0.5,
  'spam-assassin:spam': 0.5,
  'spam-assassin:hard-ham': 0.5,
  'spam-assassin:easy-ham': 0.5,
  'project-examples:relevant': 1,
  'project-examples:not-relevant': 1,
  'variant:spam-with-pdf': 0.25,
  'variant:notification-body-only': 0.25,
  'variant:hard-ham-with-pdf': 0.25,
};

/**
 * The variants a training example also trains as, each in a cell of its own: spam and hard ham
 * with a PDF attached (an attachment alone must not make spam a record), notifications with
 * their headers gone (known only by their body).
 */
function variantsOf(example: LabelledExample): { example: LabelledExample; cell: string }[] {
  if (example.source === 'spam-assassin' && example.group?.startsWith('spam') === true) {
    return [{ example: withPdf(example), cell: 'variant:spam-with-pdf' }];
  }
  if (example.source === 'spam-assassin' && example.group?.startsWith('hard-ham') === true) {
    return [{ example: withPdf(example), cell: 'variant:hard-ham-with-pdf' }];
  }
  if (example.source === 'nl-notifications' && example.relevant === false) {
    return [{ example: bodyOnly(example), cell: 'variant:notification-body-only' }];
  }
  return [];
}

/** The label a corpus example trains with: Woo low-value messages count as not relevant. */
export function trainingLabel(example: LabelledExample): boolean | null {
  if (example.relevant === true && example.lowValue === true) return false;
  return example.relevant;
}

function cellOf(example: LabelledExample, relevant: boolean): string {
  if (example.source === 'spam-assassin') {
    return `spam-assassin:${(example.group ?? '').replace(/-\d+$/, '')}`;
  }
  return `${example.source}:${relevant ? 'relevant' : 'not-relevant'}`;
}

/**
 * The training split as weighted training examples, in input order; ambiguous examples and
 * cells without a share are left out.
 */
export function trainingExamples(corpus: readonly LabelledExample[]): TrainingExample[] {
  const labelled = corpus.flatMap((example) => {
    const relevant = trainingLabel(example);
    if (example.split !== 'train' || relevant === null) return [];
    const cell = cellOf(example, relevant);
    if (CELL_SHARES[cell] === undefined) return [];
    const variants = variantsOf(example).map((variant) => ({ ...variant, relevant }));
    return [{ example, relevant, cell }, ...variants];
  });
  const sizes = new Map<string, number>();
  for (const { cell } of labelled) sizes.set(cell, (sizes.get(cell) ?? 0) + 1);
  const raw = labelled.map(({ cell }) => (CELL_SHARES[cell] ?? 0) / (sizes.get(cell) ?? 1));
  const classTotal = (relevant: boolean): number =>
    labelled.reduce(
      (sum, item, index) => sum + (item.relevant === relevant ? (raw[index] ?? 0) : 0),
      0,
    );
  const [positive, negative] = [classTotal(true), classTotal(false)];
  return labelled.map(({ example, relevant }, index) => ({
    key: `${example.source}:${example.id}`,
    message: example.message,
    relevant,
    // Each class sums to the number of examples / 2, which keeps the loss on a familiar scale.
    weight: ((raw[index] ?? 0) * labelled.length) / 2 / ((relevant ? positive : negative) || 1),
  }));
}
