/** The Woo desk's pipeline every surface shares: documents of a selection and the decision package. */
export { readAttachmentText } from './attachment-reader';
export { loadDeskRecord, type LoadedDocument } from './desk-record';
export {
  documentOutcome,
  documentProposals,
  type DocumentOutcome,
  type PersonalDataFinder,
} from './document-decision';
export { deskDocument, selectionStructure } from './selection-documents';
export {
  buildDecisionPackage,
  type DecisionPackageSummary,
  type PackageProgress,
} from './build-decision-package';
export { isWooPackageError } from './woo-package-error';
