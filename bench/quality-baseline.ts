import { BayesClassifier } from 'natural';
import type { Message } from '../src/core/message';

/**
 * The baseline reads the subject and the first 4 KB of the body: natural builds a dense vector
 * over its whole vocabulary per document, and more text makes the run take many minutes.
 */
const TEXT_LIMIT = 4_096;

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
