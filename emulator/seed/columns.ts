/** Column definitions of the demo lists, as a provisioning script would POST them. */

const text = (name: string, indexed = false) => ({ name, text: {}, indexed });
const note = (name: string) => ({ name, text: { allowMultipleLines: true } });
const choice = (name: string, choices: string[], indexed = false) => ({
  name,
  choice: { choices },
  indexed,
});
const dateTime = (name: string, indexed = false) => ({
  name,
  dateTime: { format: 'dateTime' },
  indexed,
});

/** The Records library's columns (docs/graph-surface.md). */
export const RECORD_COLUMNS: readonly Record<string, unknown>[] = [
  choice('BronvastSourceKind', ['mail', 'chat']),
  text('BronvastSourceId'),
  text('BronvastDedupKey', true),
  text('BronvastDossier', true),
  text('BronvastWooCategory'),
  choice('BronvastAssessment', ['openbaar', 'deels-openbaar', 'niet-openbaar', 'reeds-openbaar']),
  text('BronvastGrounds'),
  { name: 'BronvastRelevance', number: { decimalPlaces: 'two' } },
  note('BronvastToelichting'),
  text('BronvastFiledBy', true),
  dateTime('BronvastFiledAt', true),
  text('BronvastSha256'),
  text('BronvastDuplicateOf'),
  choice('BronvastReviewStatus', ['te-beoordelen', 'geaccepteerd', 'afgewezen'], true),
  text('BronvastLastAuditEvent', true),
  text('MailFrom'),
  note('MailTo'),
  note('MailCc'),
  dateTime('MailSent'),
  dateTime('MailReceived'),
  text('MailSubject'),
  text('MailConversationId'),
  { name: 'MailHasAttachments', boolean: {} },
];

/** The Dossiers list's columns. */
export const DOSSIER_COLUMNS: readonly Record<string, unknown>[] = [
  text('Kenmerk', true),
  note('Description'),
  note('Keywords'),
  text('Owner'),
  choice('Status', ['open', 'closed'], true),
  text('DefaultCategory'),
  text('RetentionLabel'),
];

/** The BronvastAudit list's columns. */
export const AUDIT_COLUMNS: readonly Record<string, unknown>[] = [
  text('Action', true),
  text('Actor', true),
  text('RecordDedupKey', true),
  note('Details'),
  dateTime('At', true),
];
