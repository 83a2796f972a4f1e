/** Record metadata: what a filed record is called and what it carries. Pure. */
export { dedupKey } from './dedup-key';
export { recordFileName } from './record-file-name';
export { recordMetadataFromAssessment, type FilingChoices } from './record-metadata';
export type { RecordWarning } from './record-warning';
