/**
 * Filing a record and finding one already filed: content sources and their hash, the lookup by
 * dedup key, the record's versions and the library's areas. Lighter than `src/graph`, which
 * brings the review, provisioning and trust modules too.
 */
export { contentFromText, hashContent, type ContentSource } from './content-source';
export { findRecordByDedupKey } from './dedup-lookup';
export { fileRecord } from './file-record';
export { addRecordVersion } from './record-version';
export { areaFolder, INTAKE_FOLDER } from './record-areas';
