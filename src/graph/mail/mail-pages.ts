import type { GraphClient } from '../graph-client';
import { fetchPage, type Page } from '../paging';
import { odataString } from '../request';
import { DISMISSED_PROPERTY_ID } from './dismissal';
import { RECORD_URL_PROPERTY_ID } from './filed-mark';
import {
  toMailboxMail,
  type MailboxMail,
  type MailboxMailWire,
  type MailFolderName,
} from './mailbox-mail';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/** Which folder of which mailbox to read, and from when. */
export interface MailPagesOptions extends MailboxOptions {
  readonly folder: MailFolderName;
  /** Mail received on or after this moment. */
  readonly since: Date;
  /** Messages per page; Graph takes 1 to 1,000 for messages (default 100). */
  readonly pageSize?: number;
}

/** What the assessment needs, and no more: no HTML body, no attachments' content. */
const SELECT = [
  'id',
  'internetMessageId',
  'conversationId',
  'subject',
  'from',
  'toRecipients',
  'ccRecipients',
  'sentDateTime',
  'receivedDateTime',
  'body',
  'internetMessageHeaders',
].join(',');

/**
 * Both preferences in one header, comma-separated as RFC 7240 allows: immutable ids
 * (https://learn.microsoft.com/graph/outlook-immutable-id) and the body as text
 * (https://learn.microsoft.com/graph/api/user-list-messages#request-headers).
 */
const PREFER = { Prefer: 'IdType="ImmutableId", outlook.body-content-type="text"' };

/**
 * The mail of one folder received since a moment, newest first, one page per step:
 * `GET /me/mailFolders/{folder}/messages` (or `/users/{mailbox}/...` for a shared mailbox) with
 * a `$filter` on receivedDateTime (also the `$orderby` property, as Graph requires when both are
 * used, https://learn.microsoft.com/graph/api/user-list-messages#optional-query-parameters), a
 * `$select` of what the assessment reads, the text body, and Bronvast's two marks expanded, so
 * filed and set-aside mail is known without another request. `@odata.nextLink` is followed
 * unchanged. One request per page, one at a time: a caller reading several folders of the same
 * mailbox side by side stays under Outlook's four concurrent requests per mailbox.
 */
export async function* readMailPages(
  client: GraphClient,
  options: MailPagesOptions,
): AsyncGenerator<readonly MailboxMail[]> {
  const request = {
    method: 'GET',
    url: `${mailboxPath(options)}/mailFolders/${options.folder}/messages`,
    query: {
      $filter: `receivedDateTime ge ${options.since.toISOString()}`,
      $orderby: 'receivedDateTime desc',
      $select: SELECT,
      $expand: `singleValueExtendedProperties($filter=id eq ${odataString(RECORD_URL_PROPERTY_ID)} or id eq ${odataString(DISMISSED_PROPERTY_ID)})`,
      $top: String(options.pageSize ?? 100),
    },
    headers: PREFER,
    label: 'mail.pages',
  } as const;
  let nextLink: string | undefined;
  do {
    const page: Page<MailboxMailWire> = await fetchPage<MailboxMailWire>(client, request, nextLink);
    yield page.items.map((wire) => toMailboxMail(wire, options.folder, options.mailbox));
    nextLink = page.nextLink;
  } while (nextLink !== undefined);
}
