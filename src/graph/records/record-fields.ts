import {
  asConversationId,
  asDossierId,
  asSourceId,
  DISCLOSURE_LEVEL_CODES,
} from '../../core/vocabulary';
import { REVIEW_STATUSES, type RecordMetadata, sha256Hex } from '../../core/records';
import { isGroundCode } from '../../core/woo';
import type { GraphFields } from '../wire-types';

/** Single-line text columns hold at most 255 characters. */
const MAX_TEXT = 255;

/**
 * The value of the indexed single-line `MailConversationId` column for a conversation id:
 * the id itself, or `sha256:` and its hash when it is longer than the column holds (Graph's
 * conversation and chat ids are far shorter; the full id stays in the record's file). Writing
 * and querying both go through here, so they always agree.
 */
export function conversationColumnValue(conversationId: string): string {
  return conversationId.length <= MAX_TEXT ? conversationId : `sha256:${sha256Hex(conversationId)}`;
}

/** A value SharePoint stores in a column. */
export type FieldValue = string | number | boolean;

/** The records library's columns for a record (docs/graph-surface.md), by internal name. */
export function recordFieldsFromMetadata(metadata: RecordMetadata): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {
    BronvastSourceKind: metadata.sourceKind,
    BronvastSourceId: metadata.sourceId,
    BronvastDedupKey: metadata.dedupKey,
    BronvastDossier: metadata.dossier,
    BronvastWooCategory: metadata.wooCategory ?? '',
    BronvastAssessment: metadata.assessment,
    BronvastGrounds: metadata.grounds.join(';'),
    BronvastRelevance: metadata.relevance,
    BronvastToelichting: metadata.toelichting,
    BronvastFiledBy: metadata.filedBy,
    BronvastFiledAt: metadata.filedAt.toISOString(),
    BronvastSha256: metadata.sha256,
    BronvastReviewStatus: metadata.reviewStatus,
    MailTo: metadata.to.join('; '),
    MailCc: metadata.cc.join('; '),
    // Multiple lines of text columns: the whole value, never cut (docs/graph-surface.md).
    MailSubject: metadata.subject,
    MailHasAttachments: metadata.hasAttachments,
  };
  if (metadata.duplicateOf !== undefined) fields['BronvastDuplicateOf'] = metadata.duplicateOf;
  if (metadata.from !== undefined) fields['MailFrom'] = metadata.from;
  if (metadata.sent !== undefined) fields['MailSent'] = metadata.sent.toISOString();
  if (metadata.received !== undefined) fields['MailReceived'] = metadata.received.toISOString();
  if (metadata.conversationId !== undefined)
    fields['MailConversationId'] = conversationColumnValue(metadata.conversationId);
  return fields;
}

/**
 * Reads a record's metadata back from its fields; null when the item carries no dedup key (a
 * file whose filing died before its columns were written) or an unknown assessment.
 */
export function recordMetadataFromFields(fields: GraphFields): RecordMetadata | null {
  const dedupKey = text(fields, 'BronvastDedupKey');
  const assessment = DISCLOSURE_LEVEL_CODES.find((level) => level === fields['BronvastAssessment']);
  if (dedupKey === '' || assessment === undefined) return null;
  return {
    sourceKind: fields['BronvastSourceKind'] === 'chat' ? 'chat' : 'mail',
    sourceId: asSourceId(text(fields, 'BronvastSourceId')),
    dedupKey,
    dossier: asDossierId(text(fields, 'BronvastDossier')),
    wooCategory: text(fields, 'BronvastWooCategory') || null,
    assessment,
    grounds: text(fields, 'BronvastGrounds').split(';').filter(isGroundCode),
    relevance: Number(fields['BronvastRelevance'] ?? 0),
    toelichting: text(fields, 'BronvastToelichting'),
    filedBy: text(fields, 'BronvastFiledBy'),
    filedAt: new Date(text(fields, 'BronvastFiledAt')),
    sha256: text(fields, 'BronvastSha256').toLowerCase(),
    reviewStatus:
      REVIEW_STATUSES.find((status) => status === fields['BronvastReviewStatus']) ??
      'te-beoordelen',
    to: list(text(fields, 'MailTo')),
    cc: list(text(fields, 'MailCc')),
    subject: text(fields, 'MailSubject'),
    hasAttachments:
      fields['MailHasAttachments'] === true || fields['MailHasAttachments'] === 'true',
    ...optionalHeaders(fields),
  };
}

function optionalHeaders(fields: GraphFields): Partial<RecordMetadata> {
  const from = text(fields, 'MailFrom');
  const sent = text(fields, 'MailSent');
  const received = text(fields, 'MailReceived');
  const conversation = text(fields, 'MailConversationId');
  const duplicateOf = text(fields, 'BronvastDuplicateOf');
  return {
    ...(duplicateOf === '' ? {} : { duplicateOf }),
    ...(from === '' ? {} : { from }),
    ...(sent === '' ? {} : { sent: new Date(sent) }),
    ...(received === '' ? {} : { received: new Date(received) }),
    ...(conversation === '' ? {} : { conversationId: asConversationId(conversation) }),
  };
}

function text(fields: GraphFields, name: string): string {
  const value = fields[name];
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? ''
      : String(value);
}

function list(value: string): string[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
