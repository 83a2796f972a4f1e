/**
 * The Woo desk's domain: a request and its clock (art. 4.4 Woo), the selection's threads and
 * duplicates, redaction proposals from the core's personal-data finds, and the redacted text a
 * decision publishes. Pure: data in, data out.
 */
export * from './woo-request';
export {
  requestDeadline,
  averageHandlingDays,
  DECISION_TERM_DAYS,
  EXTENSION_DAYS,
} from './deadline';
export type { Deadline } from './deadline';
export { dutchDay, dayNumber } from './calendar-day';
export { attachmentKey, type DeskDocument, type DeskDocumentKind } from './desk-document';
export { groupThreads, type DeskThread } from './threads';
export { findDuplicates, flatten, type DuplicateFinding } from './duplicates';
export {
  redactionProposals,
  acceptedProposals,
  redactText,
  occurrences,
  type ManualRedaction,
  type ProposalDecisions,
  type RedactedSegment,
  type RedactionProposal,
} from './redaction';
export { removedPassages } from './removed-passages';
export { documentText, partyPassages, HEADER_LABELS } from './document-text';
export { summariseGrounds, type GroundCount, type SummarisedDocument } from './ground-summary';
export {
  checkSearchText,
  type SearchLogEntry,
  type SearchTextError,
  type WooSearchQuery,
} from './search-query';
