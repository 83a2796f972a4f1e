import { BayesClassifier } from 'natural';
import type { Message } from '../src/core/message';

/** The baseline reads what the model reads: the subject and the capped start of the body. */
const TEXT_LIMIT = 16_384;

function textOf(message: Message): string {
  return `${message.subject}\n${message.bodyText.slice(0, TEXT_LIMIT)}`;
}

/**
 * The baseline a developer would reach for: natural's naive Bayes (default tokenizer and Porter
 * stemmer), trained on the subject and body of the same training examples, unweighted.
 */
export function trainBaseline(
  examples: readonly { readonly message: Message; readonly relevant: boolean }[],
): (message: Message) => boolean {
  const classifier = new BayesClassifier();
  for (const { message, relevant } of examples) {
    classifier.addDocument(textOf(message), relevant ? 'relevant' : 'not-relevant');
  }
  classifier.train();
  return (message) => classifier.classify(textOf(message)) === 'relevant';
}
