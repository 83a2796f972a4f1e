import type { Message } from '../message';
import { attachmentSignals } from './attachment-signals';
import { contentSignals } from './content-signals';
import { DECISION_TERMS } from './decision-vocabulary';
import { bucketOf, namedIndexOf } from './feature-space';
import type { NamedFeature } from './named-feature';
import { partySignals, senderSignals } from './sender-signals';
import { foldText, tokenize } from './tokenize';

/**
 * Words and content signals are read from the subject and the first TEXT_LIMIT characters of the
 * body only; the length bucket still sees the full length. So a 1 MB body costs what a 16 KB one
 * does, and what decides relevance (the opening of the mail) is always read.
 */
export const TEXT_LIMIT = 16_384;

/** Options of the relevance model. */
export interface RelevanceOptions {
  /** The organisation's own mail domains; without them, the sender's domain is taken. */
  readonly organisationDomains?: readonly string[];
}

/** A word or word pair of the message and its bucket. */
export interface TermFeature {
  readonly term: string;
  readonly index: number;
}

/** Everything the model looks at in one message. */
export interface RelevanceFeatures {
  readonly terms: readonly TermFeature[];
  readonly named: readonly NamedFeature[];
}

function termsOf(tokens: readonly string[]): TermFeature[] {
  const seen = new Set<string>();
  for (const [position, token] of tokens.entries()) {
    seen.add(token);
    const next = tokens[position + 1];
    if (next !== undefined) seen.add(`${token} ${next}`);
  }
  return [...seen].map((term) => ({ term, index: bucketOf(term) }));
}

function decisionFeature(tokens: readonly string[]): NamedFeature[] {
  const found = [...new Set(tokens.filter((token) => DECISION_TERMS.has(token)))];
  const first = found[0];
  if (first === undefined) return [];
  return [
    { key: 'decision-vocabulary', value: Math.min(found.length, 3) / 3, params: { term: first } },
  ];
}

/** Extracts the words, word pairs and structural signals of a message (distinct, unweighted). */
export function relevanceFeatures(
  message: Message,
  options: RelevanceOptions = {},
): RelevanceFeatures {
  const subject = foldText(message.subject);
  const head = foldText(message.bodyText.slice(0, TEXT_LIMIT));
  const tokens = tokenize(`${subject}\n${head}`);
  return {
    terms: termsOf(tokens),
    named: [
      ...senderSignals(message),
      ...partySignals(message, options.organisationDomains),
      ...contentSignals(
        subject,
        head,
        message.bodyText.length,
        message.headers['content-class'] ?? '',
      ),
      ...attachmentSignals(message.attachments),
      ...decisionFeature(tokens),
    ],
  };
}

/** A sparse feature vector: positions in the weight vector and their values. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

/**
 * The model's input: word features carry 1/sqrt(number of distinct terms), so long and short
 * mails weigh alike; named features carry their own value. Colliding words add up.
 */
export function toSparseVector(features: RelevanceFeatures): SparseVector {
  const scale = features.terms.length === 0 ? 0 : 1 / Math.sqrt(features.terms.length);
  const byIndex = new Map<number, number>();
  for (const { index } of features.terms) byIndex.set(index, (byIndex.get(index) ?? 0) + scale);
  for (const feature of features.named) {
    const index = namedIndexOf(feature.key);
    byIndex.set(index, (byIndex.get(index) ?? 0) + feature.value);
  }
  const indices = [...byIndex.keys()].sort((a, b) => a - b);
  return { indices, values: indices.map((index) => byIndex.get(index) ?? 0) };
}
