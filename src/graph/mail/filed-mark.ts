import type { GraphClient } from '../graph-client';
import { odataString, sendJson } from '../request';
import type { GraphMessage } from '../wire-types';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/** The single-value extended property holding the record's URL (docs/graph-surface.md). */
export const RECORD_URL_PROPERTY_ID =
  'String {3c5f0b7e-9a4c-4d6e-8f21-6b0a7d1e5c42} Name BronvastRecordUrl';
/** The Outlook category a filed message gets. */
export const FILED_CATEGORY = 'Vastgelegd in Bronvast';

/** Whether a message carries Bronvast's filed mark. */
export type FiledMark =
  { readonly kind: 'filed'; readonly recordUrl: string } | { readonly kind: 'not-filed' };

/**
 * Marks a message as filed: the category (added to those it has, which a PATCH would otherwise
 * replace) and the record's URL in the extended property. Two requests.
 */
export async function markMessageFiled(
  client: GraphClient,
  messageId: string,
  recordUrl: string,
  options: MailboxOptions = {},
): Promise<void> {
  const url = `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}`;
  const current = await sendJson<GraphMessage>(client, {
    method: 'GET',
    url,
    query: { $select: 'id,categories' },
    headers: IMMUTABLE_IDS,
    label: 'mail.categories',
  });
  const categories = current.categories ?? [];
  await sendJson<GraphMessage>(client, {
    method: 'PATCH',
    url,
    json: {
      categories: categories.includes(FILED_CATEGORY)
        ? categories
        : [...categories, FILED_CATEGORY],
      singleValueExtendedProperties: [{ id: RECORD_URL_PROPERTY_ID, value: recordUrl }],
    },
    headers: IMMUTABLE_IDS,
    label: 'mail.mark-filed',
  });
}

/** Reads the filed mark of a message (the extended property; the category alone may be set by hand). */
export async function readFiledMark(
  client: GraphClient,
  messageId: string,
  options: MailboxOptions = {},
): Promise<FiledMark> {
  const message = await sendJson<GraphMessage>(client, {
    method: 'GET',
    url: `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}`,
    query: {
      $select: 'id,categories',
      $expand: `singleValueExtendedProperties($filter=id eq ${odataString(RECORD_URL_PROPERTY_ID)})`,
    },
    headers: IMMUTABLE_IDS,
    label: 'mail.read-mark',
  });
  const property = message.singleValueExtendedProperties?.find(
    (candidate) => candidate.id.toLowerCase() === RECORD_URL_PROPERTY_ID.toLowerCase(),
  );
  return property === undefined || property.value === ''
    ? { kind: 'not-filed' }
    : { kind: 'filed', recordUrl: property.value };
}
