/** Record metadata: what a filed record is called and what it carries. Pure. */
export { dedupKey, normaliseInternetMessageId, variantDedupKey } from './dedup-key';
export {
  chatSourceFileName,
  cleanPart,
  MAX_SHAREPOINT_PATH,
  recordFileName,
  type RecordFileNameOptions,
} from './record-file-name';
export {
  formatParty,
  recordMetadataFromAssessment,
  type FilingChoices,
  type RecordMetadata,
  type RecordMetadataDraft,
  type RecordMetadataInput,
  type ReviewStatus,
} from './record-metadata';
export { Sha256, sha256Hex } from './sha256-hash';
export {
  recordRendition,
  MAX_RENDITION_CHARS,
  RENDITION_CATEGORY_LABEL,
  RENDITION_KIND_LABEL,
  type AttachmentText,
} from './record-rendition';
