/**
 * Record metadata: what a filed record is called, what it carries and how its content is
 * hashed. Pure. The text rendition (`./record-rendition`) is imported on its own: it brings the
 * Woo categories' table, which the Teams tab's first view does not need.
 */
export { dedupKey, variantDedupKey } from './dedup-key';
export { chatSourceFileName, recordFileName } from './record-file-name';
export {
  recordMetadataFromAssessment,
  REVIEW_STATUSES,
  type FilingChoices,
  type RecordMetadata,
  type RecordMetadataDraft,
  type ReviewStatus,
} from './record-metadata';
export { Sha256, sha256Hex } from './sha256-hash';
export type { RecordWarning } from './record-warning';
