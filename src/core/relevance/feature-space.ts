import { fnv1a } from './fnv1a';
import type { RelevanceReasonCode } from './reason-codes';

/** Words and word pairs are hashed into 2^BUCKET_BITS buckets. */
export const BUCKET_BITS = 18;
/** Number of hash buckets for word features. */
export const BUCKET_COUNT = 2 ** BUCKET_BITS;

/**
 * The named structural features and the reason code each one is explained by. They sit after
 * the hash buckets in the weight vector, so they never collide with words.
 */
export const NAMED_FEATURES = {
  'automated-sender': 'relevance.automated-sender',
  'list-unsubscribe': 'relevance.list-unsubscribe',
  'bulk-precedence': 'relevance.list-unsubscribe',
  'auto-submitted': 'relevance.auto-submitted',
  'out-of-office': 'relevance.out-of-office',
  'meeting-response': 'relevance.meeting-response',
  newsletter: 'relevance.newsletter',
  'document-attachment': 'relevance.document-attachment',
  'policy-document-attachment': 'relevance.document-attachment',
  'image-attachment': 'relevance.image-attachment',
  'external-party': 'relevance.external-party',
  'decision-vocabulary': 'relevance.decision-vocabulary',
  'personal-vocabulary': 'relevance.personal-vocabulary',
  'promotional-style': 'relevance.promotional',
  'marketing-cue': 'relevance.promotional',
  'subject-code': 'relevance.promotional',
  'subject-shouting': 'relevance.promotional',
  'link-density': 'relevance.newsletter',
  'hidden-recipients': 'relevance.newsletter',
  reply: 'relevance.reply',
  forward: 'relevance.forward',
  question: 'relevance.question',
  'length-empty': 'relevance.length',
  'length-short': 'relevance.length',
  'length-medium': 'relevance.length',
  'length-long': 'relevance.length',
  'recipients-none': 'relevance.recipients',
  'recipients-one': 'relevance.recipients',
  'recipients-few': 'relevance.recipients',
  'recipients-many': 'relevance.recipients',
  'automated-wording': 'relevance.auto-submitted',
} as const satisfies Record<string, RelevanceReasonCode>;

/** The key of a named feature. */
export type NamedFeatureKey = keyof typeof NAMED_FEATURES;

/** The named feature keys in their fixed order (their position in the weight vector). */
export const NAMED_FEATURE_KEYS: readonly NamedFeatureKey[] = Object.keys(NAMED_FEATURES).filter(
  (key): key is NamedFeatureKey => key in NAMED_FEATURES,
);

/** Length of the whole weight vector: the buckets followed by the named features. */
export const FEATURE_COUNT = BUCKET_COUNT + NAMED_FEATURE_KEYS.length;

/** The bucket of a word or word pair. */
export function bucketOf(term: string): number {
  return fnv1a(term) & (BUCKET_COUNT - 1);
}

/** The position of a named feature in the weight vector. */
export function namedIndexOf(key: NamedFeatureKey): number {
  return BUCKET_COUNT + NAMED_FEATURE_KEYS.indexOf(key);
}
