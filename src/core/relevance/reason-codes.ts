/**
 * The reason codes of the relevance model; src/texts/codes turns each into a sentence. Stable:
 * renaming one breaks the texts. Parameters: `word` {term}, `decision-vocabulary` and
 * `personal-vocabulary` {term},
 * `automated-sender` {address}, `document-attachment` and `image-attachment` {name},
 * `external-party` {domain}, `length` {bucket: empty|short|medium|long}, `recipients` {count}.
 */
export const RELEVANCE_REASON_CODES = [
  'relevance.word',
  'relevance.decision-vocabulary',
  'relevance.personal-vocabulary',
  'relevance.promotional',
  'relevance.automated-sender',
  'relevance.list-unsubscribe',
  'relevance.auto-submitted',
  'relevance.out-of-office',
  'relevance.meeting-response',
  'relevance.newsletter',
  'relevance.document-attachment',
  'relevance.image-attachment',
  'relevance.external-party',
  'relevance.reply',
  'relevance.forward',
  'relevance.question',
  'relevance.length',
  'relevance.recipients',
] as const;

/** One of RELEVANCE_REASON_CODES. */
export type RelevanceReasonCode = (typeof RELEVANCE_REASON_CODES)[number];
