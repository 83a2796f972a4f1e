/**
 * The columns Bronvast needs on its three lists (docs/graph-surface.md), as Graph
 * columnDefinition bodies. Single-line text holds at most 255 characters; longer values go
 * in multi-line columns.
 */

/** A Graph columnDefinition body. */
export interface ColumnSpec {
  readonly name: string;
  readonly indexed?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly maxLength?: number };
  readonly number?: Record<string, never>;
  readonly dateTime?: { readonly format: 'dateTime' };
  readonly boolean?: Record<string, never>;
  readonly choice?: { readonly choices: readonly string[]; readonly allowTextEntry?: boolean };
}

/** A list Bronvast provisions. */
export interface ListSpec {
  readonly displayName: string;
  readonly template: 'documentLibrary' | 'genericList';
  readonly columns: readonly ColumnSpec[];
}

const text = (name: string, indexed = false): ColumnSpec => ({
  name,
  text: {},
  ...(indexed ? { indexed } : {}),
});
const note = (name: string): ColumnSpec => ({ name, text: { allowMultipleLines: true } });
const date = (name: string, indexed = false): ColumnSpec => ({
  name,
  dateTime: { format: 'dateTime' },
  ...(indexed ? { indexed } : {}),
});
const choice = (name: string, choices: readonly string[], indexed = false): ColumnSpec => ({
  name,
  choice: { choices },
  ...(indexed ? { indexed } : {}),
});

/** The records library: one file per record, the metadata in columns. */
export function recordsLibrarySpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'documentLibrary',
    columns: [
      choice('BronvastSourceKind', ['mail', 'chat']),
      text('BronvastSourceId'),
      text('BronvastDedupKey', true),
      text('BronvastDossier', true),
      text('BronvastWooCategory'),
      choice('BronvastAssessment', [
        'openbaar',
        'deels-openbaar',
        'niet-openbaar',
        'reeds-openbaar',
      ]),
      text('BronvastGrounds'),
      { name: 'BronvastRelevance', number: {} },
      note('BronvastToelichting'),
      text('BronvastFiledBy', true),
      date('BronvastFiledAt', true),
      text('BronvastSha256'),
      text('BronvastDuplicateOf'),
      choice('BronvastReviewStatus', ['te-beoordelen', 'geaccepteerd', 'afgewezen'], true),
      text('BronvastLastAuditEvent', true),
      text('MailFrom'),
      note('MailTo'),
      note('MailCc'),
      date('MailSent'),
      date('MailReceived'),
      text('MailSubject'),
      text('MailConversationId'),
      { name: 'MailHasAttachments', boolean: {} },
    ],
  };
}

/** The dossier registry records managers maintain (Title is the list's own column). */
export function dossiersListSpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'genericList',
    columns: [
      text('Kenmerk', true),
      note('Description'),
      note('Keywords'),
      text('Owner'),
      choice('Status', ['open', 'closed']),
      text('DefaultCategory'),
      text('RetentionLabel'),
    ],
  };
}

/** The append-only audit list. */
export function auditListSpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'genericList',
    columns: [
      text('Action'),
      text('Actor'),
      text('RecordDedupKey', true),
      note('Details'),
      date('At', true),
    ],
  };
}
