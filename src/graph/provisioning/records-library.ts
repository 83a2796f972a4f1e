import {
  booleanColumn,
  choiceColumn,
  dateColumn,
  noteColumn,
  numberColumn,
  textColumn,
  type ListSpec,
} from './list-spec';
import { REVIEW_STATUSES } from '../../core/records';
import { DISCLOSURE_LEVEL_CODES } from '../../core/vocabulary';

/**
 * The records library: one file per record, the metadata in columns (docs/graph-surface.md).
 * Indexed are the columns a query filters or orders on (a list above 5,000 items answers
 * nothing else): the dedup key, dossier, filer, filing time, review status, the audit pointer
 * and the conversation a chat record came from (the Teams tab's "Vastgelegd in" markers).
 * Values that can be longer than 255 characters (the Message-ID, subject, sender, recipients)
 * live in multiple lines of text columns, so nothing is refused and nothing is cut.
 */
export function recordsLibrarySpec(displayName: string): ListSpec {
  return {
    displayName,
    template: 'documentLibrary',
    columns: [
      choiceColumn('BronvastSourceKind', ['mail', 'chat']),
      noteColumn('BronvastSourceId'),
      textColumn('BronvastDedupKey', true),
      textColumn('BronvastDossier', true),
      textColumn('BronvastWooCategory'),
      choiceColumn('BronvastAssessment', DISCLOSURE_LEVEL_CODES),
      textColumn('BronvastGrounds'),
      numberColumn('BronvastRelevance'),
      noteColumn('BronvastToelichting'),
      textColumn('BronvastFiledBy', true),
      dateColumn('BronvastFiledAt', true),
      textColumn('BronvastSha256'),
      textColumn('BronvastDuplicateOf'),
      choiceColumn('BronvastReviewStatus', REVIEW_STATUSES, true),
      textColumn('BronvastLastAuditEvent', true),
      noteColumn('MailFrom'),
      noteColumn('MailTo'),
      noteColumn('MailCc'),
      dateColumn('MailSent'),
      dateColumn('MailReceived'),
      noteColumn('MailSubject'),
      textColumn('MailConversationId', true),
      booleanColumn('MailHasAttachments'),
    ],
  };
}
