import { asImmutableItemId, type ImmutableItemId } from '../../core/vocabulary';
import type { GraphClient } from '../graph-client';
import { odataString, sendJson } from '../request';
import { customPropertiesId, parseCustomProperties } from './custom-properties';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/** A sent message as the sent-items sweep needs it: ids, subject, categories, the add-in's properties. */
export interface SentMessage {
  readonly id: ImmutableItemId;
  readonly internetMessageId: string;
  readonly subject: string;
  /** The add-in's custom properties as set while the mail was written (empty: none). */
  readonly customProperties: Readonly<Record<string, string>>;
  readonly categories?: readonly string[];
}

/** The fields of a sent message the sweep selects, as Graph sends them. */
interface SentMessageWire {
  readonly id: string;
  readonly internetMessageId?: string;
  readonly subject?: string;
  readonly categories?: readonly string[];
  readonly singleValueExtendedProperties?: readonly {
    readonly id: string;
    readonly value: string;
  }[];
}

/** Which sent messages to list and whose add-in properties to read. */
export interface SentItemsOptions extends MailboxOptions {
  /** The add-in's id (manifest `<Id>`): its custom properties are named after it. */
  readonly addinId: string;
  /** How many, newest first (Graph allows up to 1,000 per page; 50 covers a sweep). */
  readonly top?: number;
}

/**
 * The newest sent messages (`GET /me/mailFolders/sentitems/messages`), each with the add-in's
 * custom properties, which carry the dossier chosen while writing. Internet headers are not
 * read: Graph does not return them for the copy in Sent Items (microsoft-graph-docs#2716,
 * OfficeDev/office-js#5413), whereas the add-in's custom properties stay on it. One request.
 */
export async function listRecentSentMessages(
  client: GraphClient,
  options: SentItemsOptions,
): Promise<SentMessage[]> {
  const propertyId = customPropertiesId(options.addinId);
  const page = await sendJson<{ readonly value: readonly SentMessageWire[] }>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/mailFolders/sentitems/messages`,
    query: {
      $select: 'id,internetMessageId,subject,categories',
      $expand: `singleValueExtendedProperties($filter=id eq ${odataString(propertyId)})`,
      $orderby: 'sentDateTime desc',
      $top: String(options.top ?? 50),
    },
    headers: IMMUTABLE_IDS,
    label: 'mail.sent-sweep',
  });
  return page.value.map((message) => ({
    id: asImmutableItemId(message.id),
    internetMessageId: message.internetMessageId ?? '',
    subject: message.subject ?? '',
    customProperties: parseCustomProperties(
      message.singleValueExtendedProperties?.find(
        (property) => property.id.toLowerCase() === propertyId.toLowerCase(),
      )?.value,
    ),
    ...(message.categories === undefined ? {} : { categories: message.categories }),
  }));
}
