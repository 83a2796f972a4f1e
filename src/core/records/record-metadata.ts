import type { Assessment } from '../assessment';
import type { ConversationId, DossierId, SourceId } from '../ids';
import type { Message, MessageKind, Party } from '../message';
import type { DisclosureLevel, GroundCode } from '../woo-codes';
import { dedupKey } from './dedup-key';

/** Where a filed record stands in the records manager's review. */
export type ReviewStatus = 'te-beoordelen' | 'geaccepteerd' | 'afgewezen';

/**
 * Everything Bronvast stores about a filed record, as the columns of the records library hold
 * it (docs/graph-surface.md). Mail header fields are filled for chat messages too, where they
 * apply (sender, date, chat id as conversation).
 */
export interface RecordMetadata {
  readonly sourceKind: MessageKind;
  readonly sourceId: SourceId;
  readonly dedupKey: string;
  readonly dossier: DossierId;
  /** TOOI id of the Woo information category, or null when none applies. */
  readonly wooCategory: string | null;
  readonly assessment: DisclosureLevel;
  readonly grounds: readonly GroundCode[];
  /** Policy-relevance score, 0..1. */
  readonly relevance: number;
  readonly toelichting: string;
  readonly filedBy: string;
  readonly filedAt: Date;
  /** SHA-256 of the filed content (the .eml, or the chat's HTML rendering), lower-case hex. */
  readonly sha256: string;
  readonly reviewStatus: ReviewStatus;
  /**
   * Set on a record whose source id was filed before with other content: the dedup key of that
   * earlier record, so the records manager sees both and decides.
   */
  readonly duplicateOf?: string;
  readonly from?: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly sent?: Date;
  /**
   * When the message reached the mailbox or chat it was filed from: its received date, or its
   * sent date where it was not received (sent mail, a chat message, a file without a
   * `Received:` header). Absent only when the message has neither.
   */
  readonly received?: Date;
  readonly subject: string;
  readonly conversationId?: ConversationId;
  readonly hasAttachments: boolean;
}

/** What the officer decided in the pane, where it differs from the core's suggestion. */
export interface FilingChoices {
  readonly dossier: DossierId;
  /** TOOI id; `null` for none; leave out to take the assessment's suggestion. */
  readonly wooCategory?: string | null;
  readonly assessment?: DisclosureLevel;
  readonly grounds?: readonly GroundCode[];
  readonly toelichting?: string;
}

/** The input of {@link recordMetadataFromAssessment}. */
export interface RecordMetadataInput {
  readonly message: Message;
  readonly assessment: Assessment;
  readonly choices: FilingChoices;
  readonly filedBy: string;
  readonly filedAt: Date;
}

/**
 * A record's metadata before filing: everything but the content's SHA-256, which the filing
 * computes while it streams the content.
 */
export type RecordMetadataDraft = Omit<RecordMetadata, 'sha256'>;

/**
 * Builds the metadata of a new record from the message, the core's assessment and the officer's
 * choices (which win). A new record always starts as `te-beoordelen`.
 */
export function recordMetadataFromAssessment(input: RecordMetadataInput): RecordMetadataDraft {
  const { message, assessment, choices } = input;
  return {
    sourceKind: message.kind,
    sourceId: message.id,
    dedupKey: dedupKey(message),
    dossier: choices.dossier,
    wooCategory:
      choices.wooCategory === undefined
        ? (assessment.wooCategory?.tooiId ?? null)
        : choices.wooCategory,
    assessment: choices.assessment ?? assessment.disclosure.level,
    grounds: choices.grounds ?? assessment.disclosure.grounds,
    relevance: assessment.relevance.score,
    toelichting: choices.toelichting ?? '',
    filedBy: input.filedBy,
    filedAt: input.filedAt,
    reviewStatus: 'te-beoordelen',
    ...mailHeaders(message),
  };
}

type MailHeaders = Pick<
  RecordMetadata,
  'from' | 'to' | 'cc' | 'sent' | 'received' | 'subject' | 'conversationId' | 'hasAttachments'
>;

function mailHeaders(message: Message): MailHeaders {
  const received = message.received ?? message.sent;
  return {
    ...(message.from === undefined ? {} : { from: formatParty(message.from) }),
    to: message.to.map(formatParty),
    cc: message.cc.map(formatParty),
    ...(message.sent === undefined ? {} : { sent: message.sent }),
    ...(received === undefined ? {} : { received }),
    subject: message.subject,
    ...(message.conversationId === undefined ? {} : { conversationId: message.conversationId }),
    hasAttachments: message.attachments.length > 0,
  };
}

/** `Jan Jansen <jan@example.nl>`, or the bare address when there is no name. */
export function formatParty(party: Party): string {
  return party.name === undefined || party.name === ''
    ? party.address
    : `${party.name} <${party.address}>`;
}
