import type { Message } from '../message';
import { attachmentSignals } from './attachment-signals';
import { automatedWording } from './automated-wording';
import { bulkMailSignals } from './bulk-mail-signals';
import { contentSignals } from './content-signals';
import { DECISION_TERMS } from './decision-vocabulary';
import { PERSONAL_TERMS } from './personal-vocabulary';
import { styleSignals } from './style-signals';
import { bucketOf, namedIndexOf } from './feature-space';
import type { NamedFeature } from './named-feature';
import { partySignals, senderSignals } from './sender-signals';
import { splitQuoted } from './quoted-text';
import { foldText, tokenize } from './tokenize';

const QUOTED_PREFIX = 'q:';

/**
 * Words and content signals are read from the subject and the first TEXT_LIMIT characters of the
 * body only; the length bucket still sees the full length. So a 1 MB body costs what an 8 KB one
 * does (p99 under 5 ms), and what decides relevance (the opening of the mail) is always read.
 */
export const TEXT_LIMIT = 8_192;

/** Options of the relevance model. */
export interface RelevanceOptions {
  /** The organisation's own mail domains; without them, the sender's domain is taken. */
  readonly organisationDomains?: readonly string[];
}

/**
 * A word or word pair of the message and its bucket; words of quoted earlier mail are hashed
 * apart (`quoted`), so the model can weigh the author's own words and the quoted ones differently.
 */
export interface TermFeature {
  readonly term: string;
  readonly index: number;
  readonly quoted: boolean;
}

/** Everything the model looks at in one message. */
export interface RelevanceFeatures {
  readonly terms: readonly TermFeature[];
  readonly named: readonly NamedFeature[];
}

function termsOf(tokens: readonly string[], quoted: boolean): TermFeature[] {
  const seen = new Set<string>();
  const last = tokens.length - 1;
  for (let position = 0; position <= last; position += 1) {
    const token = tokens[position] ?? '';
    seen.add(token);
    if (position < last) seen.add(`${token} ${tokens[position + 1] ?? ''}`);
  }
  const terms: TermFeature[] = [];
  for (const term of seen) {
    terms.push({ term, index: bucketOf(quoted ? `${QUOTED_PREFIX}${term}` : term), quoted });
  }
  return terms;
}

/** A vocabulary feature: the share of up to three distinct listed words, and the first found. */
function vocabularyFeature(
  tokens: readonly string[],
  vocabulary: ReadonlySet<string>,
  key: 'decision-vocabulary' | 'personal-vocabulary',
): NamedFeature[] {
  const found = [...new Set(tokens.filter((token) => vocabulary.has(token)))];
  const first = found[0];
  if (first === undefined) return [];
  return [{ key, value: Math.min(found.length, 3) / 3, params: { term: first } }];
}

/** Extracts the words, word pairs and structural signals of a message (distinct, unweighted). */
export function relevanceFeatures(
  message: Message,
  options: RelevanceOptions = {},
): RelevanceFeatures {
  const subject = foldText(message.subject);
  const head = foldText(message.bodyText.slice(0, TEXT_LIMIT));
  const { own, quoted } = splitQuoted(head);
  const ownTokens = tokenize(`${subject}\n${own}`);
  const quotedTokens = tokenize(quoted);
  const tokens = [...ownTokens, ...quotedTokens];
  return {
    terms: [...termsOf(ownTokens, false), ...termsOf(quotedTokens, true)],
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
      ...styleSignals(message.subject, message.bodyText),
      ...bulkMailSignals(message, head),
      ...automatedWording(subject, head),
      ...vocabularyFeature(tokens, DECISION_TERMS, 'decision-vocabulary'),
      ...vocabularyFeature(tokens, PERSONAL_TERMS, 'personal-vocabulary'),
    ],
  };
}

/** A sparse feature vector: positions in the weight vector and their values. */
export interface SparseVector {
  readonly indices: readonly number[];
  readonly values: readonly number[];
}

/**
 * The value of a word feature: 1/sqrt(number of distinct terms of its part, own or quoted), so
 * long and short mails weigh alike, and so do the own note and the quoted mail.
 */
export function termScale(features: RelevanceFeatures, quoted: boolean): number {
  const count = features.terms.filter((term) => term.quoted === quoted).length;
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

/** The model's input: word features at their termScale, named features at their own value. */
export function toSparseVector(features: RelevanceFeatures): SparseVector {
  const scales = [termScale(features, false), termScale(features, true)];
  const byIndex = new Map<number, number>();
  for (const { index, quoted } of features.terms) {
    byIndex.set(index, (byIndex.get(index) ?? 0) + (scales[quoted ? 1 : 0] ?? 0));
  }
  for (const feature of features.named) {
    const index = namedIndexOf(feature.key);
    byIndex.set(index, (byIndex.get(index) ?? 0) + feature.value);
  }
  return { indices: [...byIndex.keys()], values: [...byIndex.values()] };
}
