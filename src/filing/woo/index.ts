/** The Woo desk's pipeline every surface shares: documents of a selection and the decision package. */
export {
  readAttachmentText,
  type AttachmentFile,
  type AttachmentReading,
  type AttachmentTextReader,
} from './attachment-reader';
export { loadDeskRecord, type LoadedDocument } from './desk-record';
export {
  documentOutcome,
  documentProposals,
  type DocumentOutcome,
  type PersonalDataFinder,
} from './document-decision';
export { deskDocument, selectionStructure, type SelectionStructure } from './selection-documents';
export {
  buildDecisionPackage,
  type DecisionPackageInput,
  type DecisionPackageSummary,
  type PackageProgress,
} from './build-decision-package';
export { isWooPackageError, WooPackageError, type WooPackageErrorCode } from './woo-package-error';
