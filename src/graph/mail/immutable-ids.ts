import { asImmutableItemId, type ImmutableItemId, type RestItemId } from '../../core/vocabulary';
import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/**
 * The header Bronvast sends on every mail call: Graph then answers with ids that survive a move
 * to another folder, and takes them in URLs. It "only applies to the request it is included with"
 * (https://learn.microsoft.com/graph/outlook-immutable-id), hence on every call.
 */
export const IMMUTABLE_IDS: Readonly<Record<string, string>> = { Prefer: 'IdType="ImmutableId"' };

/** How many ids one translateExchangeIds call takes. */
const MAX_IDS = 1000;

/** One convertIdResult as Graph sends it. */
interface ConvertIdResultWire {
  readonly sourceId?: string;
  readonly targetId?: string;
  readonly errorDetails?: { readonly code?: string };
}

/**
 * The immutable ids of mails known by their (mutable) REST ids, as Office.js's
 * `convertToRestId` gives them: `POST /me/translateExchangeIds` from `restId` to
 * `restImmutableEntryId` (https://learn.microsoft.com/graph/api/user-translateexchangeids), a
 * call per 1,000 ids. An id Graph does not know (the mail was moved or deleted since it was
 * read) is absent from the answer.
 */
export async function toImmutableIds(
  client: GraphClient,
  restIds: readonly RestItemId[],
  options: MailboxOptions = {},
): Promise<Map<RestItemId, ImmutableItemId>> {
  const found = new Map<RestItemId, ImmutableItemId>();
  for (let start = 0; start < restIds.length; start += MAX_IDS) {
    const inputIds = restIds.slice(start, start + MAX_IDS);
    const answer = await sendJson<{ readonly value?: readonly ConvertIdResultWire[] }>(client, {
      method: 'POST',
      url: `${mailboxPath(options)}/translateExchangeIds`,
      json: { inputIds, sourceIdType: 'restId', targetIdType: 'restImmutableEntryId' },
      label: 'mail.immutable-ids',
    });
    for (const result of answer.value ?? []) {
      const source = inputIds.find((id) => id === result.sourceId);
      if (source !== undefined && typeof result.targetId === 'string' && result.targetId !== '')
        found.set(source, asImmutableItemId(result.targetId));
    }
  }
  return found;
}
