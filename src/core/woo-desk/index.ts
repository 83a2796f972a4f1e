/**
 * The Woo desk's domain: a request and its clock (art. 4.4 Woo), the selection's threads and
 * duplicates, redaction proposals from the core's personal-data finds, and the redacted text a
 * decision publishes. Pure: data in, data out.
 */
export * from './woo-request';
export { requestDeadline, averageHandlingDays } from './deadline';
export type { Deadline } from './deadline';
export { attachmentKey, type DeskDocument, type DeskDocumentKind } from './desk-document';
export { groupThreads, type DeskThread } from './threads';
export { findDuplicates, type DuplicateFinding } from './duplicates';
export {
  redactionProposals,
  redactText,
  type ManualRedaction,
  type RedactedSegment,
  type RedactionProposal,
} from './redaction';
export { removedPassages } from './removed-passages';
export { documentText, partyPassages } from './document-text';
export { summariseGrounds, type GroundCount, type SummarisedDocument } from './ground-summary';
export { checkSearchText, type SearchLogEntry, type WooSearchQuery } from './search-query';
