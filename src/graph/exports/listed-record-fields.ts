import {
  asConversationId,
  asDossierId,
  asSourceId,
  DISCLOSURE_LEVEL_CODES,
} from '../../core/vocabulary';
import { REVIEW_STATUSES, type RecordMetadata } from '../../core/records';
import { isCitedGround, type CitedGround } from '../../core/woo';
import type { GraphFields } from '../wire-types';

/** A record's columns as an export reads them: its grounds may hold the practice code `dubbel`. */
export type ListedMetadata = Partial<Omit<RecordMetadata, 'grounds'>> & {
  readonly grounds?: readonly CitedGround[];
};

/** The columns an export reads, by internal name (docs/graph-surface.md), plus the file name. */
export const EXPORT_COLUMNS: readonly string[] = [
  'FileLeafRef',
  'BronvastSourceKind',
  'BronvastSourceId',
  'BronvastDedupKey',
  'BronvastDossier',
  'BronvastWooCategory',
  'BronvastAssessment',
  'BronvastGrounds',
  'BronvastToelichting',
  'BronvastFiledBy',
  'BronvastFiledAt',
  'BronvastSha256',
  'BronvastReviewStatus',
  'BronvastLastAuditEvent',
  'MailFrom',
  'MailSent',
  'MailReceived',
  'MailSubject',
  'MailConversationId',
  'MailHasAttachments',
];

/**
 * Reads what a record's columns hold, leaving out what is empty or unreadable: an export
 * writes what is known of a half-filed record and reports the rest as gaps.
 */
export function partialMetadataFromFields(fields: GraphFields): ListedMetadata {
  const text = (name: string): string | undefined => {
    const value = fields[name];
    const string = typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
    return string === '' ? undefined : string;
  };
  const date = (name: string): Date | undefined => {
    const value = text(name);
    const parsed = value === undefined ? Number.NaN : Date.parse(value);
    return Number.isNaN(parsed) ? undefined : new Date(parsed);
  };
  const assessment = DISCLOSURE_LEVEL_CODES.find((level) => level === text('BronvastAssessment'));
  const status = REVIEW_STATUSES.find((candidate) => candidate === text('BronvastReviewStatus'));
  const values: { [K in keyof ListedMetadata]?: ListedMetadata[K] | undefined } = {
    sourceKind: text('BronvastSourceKind') === 'chat' ? 'chat' : 'mail',
    sourceId: mapped(text('BronvastSourceId'), asSourceId),
    dedupKey: text('BronvastDedupKey'),
    dossier: mapped(text('BronvastDossier'), asDossierId),
    wooCategory: text('BronvastWooCategory'),
    assessment,
    grounds: text('BronvastGrounds')
      ?.split(';')
      .map((code) => code.trim())
      .filter(isCitedGround),
    toelichting: text('BronvastToelichting'),
    filedBy: text('BronvastFiledBy'),
    filedAt: date('BronvastFiledAt'),
    sha256: text('BronvastSha256')?.toLowerCase(),
    reviewStatus: status,
    from: text('MailFrom'),
    sent: date('MailSent'),
    received: date('MailReceived'),
    subject: text('MailSubject'),
    conversationId: mapped(text('MailConversationId'), asConversationId),
    hasAttachments:
      fields['MailHasAttachments'] === true || fields['MailHasAttachments'] === 'true',
  };
  // Typed above; the cast only drops the `undefined`s the filter removes.
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as ListedMetadata;
}

function mapped<T>(value: string | undefined, brand: (value: string) => T): T | undefined {
  return value === undefined ? undefined : brand(value);
}
