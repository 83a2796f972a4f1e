import { choiceColumn, dateColumn, noteColumn, textColumn, type ListSpec } from './list-spec';

/** The names of the Woo desk's lists on the site. */
export const WOO_LIST_NAMES = {
  requests: 'BronvastWooRequests',
  log: 'BronvastWooLog',
  documents: 'BronvastWooDocuments',
} as const;

/**
 * Woo requests, one item each. `Zaaknummer` is indexed (a request is read by it) and so is
 * `Status` (the desk lists the open ones); the request's text and the requester can be longer
 * than 255 characters and live in multiple lines of text. The requester is kept to answer the
 * request and is never exported.
 */
export function wooRequestsListSpec(): ListSpec {
  return {
    displayName: WOO_LIST_NAMES.requests,
    template: 'genericList',
    columns: [
      textColumn('Zaaknummer', true),
      dateColumn('Received'),
      noteColumn('RequestText'),
      dateColumn('PeriodFrom'),
      dateColumn('PeriodTo'),
      noteColumn('Requester'),
      choiceColumn('Status', ['open', 'besloten', 'ingetrokken'], true),
      dateColumn('ClosedAt'),
    ],
  };
}

/**
 * A request's log: the events of its clock (extension, suspension, resumption, decision) and
 * every search run for it, one item each, read by the indexed `Zaaknummer`. Who recorded an
 * entry is the item's own `createdBy`, never a column the client writes.
 */
export function wooLogListSpec(): ListSpec {
  return {
    displayName: WOO_LIST_NAMES.log,
    template: 'genericList',
    columns: [
      textColumn('Zaaknummer', true),
      choiceColumn('Kind', ['verlenging', 'opschorting', 'hervatting', 'besluit', 'zoekopdracht']),
      dateColumn('At'),
      noteColumn('Details'),
    ],
  };
}

/**
 * The documents of a request's selection, one item per document (a filed record, or an
 * attachment as `recordId#N`), read by the indexed `Zaaknummer`: the coordinator's assessment,
 * grounds and toelichting, and the redaction decisions (accepted or rejected proposals and the
 * passages marked by hand) as JSON in multiple lines of text.
 */
export function wooDocumentsListSpec(): ListSpec {
  return {
    displayName: WOO_LIST_NAMES.documents,
    template: 'genericList',
    columns: [
      textColumn('Zaaknummer', true),
      textColumn('DocumentKey'),
      textColumn('RecordId'),
      textColumn('Assessment'),
      textColumn('Grounds'),
      noteColumn('Toelichting'),
      noteColumn('Redactions'),
    ],
  };
}
