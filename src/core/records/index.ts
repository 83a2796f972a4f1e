/**
 * Record metadata: what a filed record is called, what it carries (its metadata, its text
 * rendition) and how its content is hashed. Pure.
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
export {
  recordRendition,
  RENDITION_CATEGORY_LABEL,
  RENDITION_KIND_LABEL,
  type AttachmentText,
} from './record-rendition';
export { Sha256, sha256Hex } from './sha256-hash';
export type { RecordWarning } from './record-warning';
