import type { GraphClient } from '../graph-client';
import { sendJson } from '../request';
import type { GraphMessage } from '../wire-types';
import { IMMUTABLE_IDS } from './immutable-ids';
import { mailboxPath, type MailboxOptions } from './mailbox-path';

/**
 * The single-value extended property that says an officer set a mail aside from filing
 * ("privé" or "niet relevant"), in Bronvast's own property set beside the record URL
 * (docs/unfiled-mail.md). It lives on the mail in Exchange, so every device and every surface
 * that lists the mailbox sees it
 * (https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-post-singlevalueextendedproperties).
 */
export const DISMISSED_PROPERTY_ID =
  'String {3c5f0b7e-9a4c-4d6e-8f21-6b0a7d1e5c42} Name BronvastDismissed';

/** Why a mail is not to be filed: the values the property takes. */
export type DismissalReason = 'prive' | 'niet-relevant';

/** Reads a property value as a reason; anything else (set by another tool) is no reason. */
export function asDismissalReason(value: string | undefined): DismissalReason | null {
  return value === 'prive' || value === 'niet-relevant' ? value : null;
}

/**
 * Sets a mail aside: one PATCH writing the property, as Bronvast marks filed mail. Setting it
 * again with another reason replaces the value. Needs Mail.ReadWrite (Mail.ReadWrite.Shared in
 * a shared mailbox).
 */
export async function markMessageDismissed(
  client: GraphClient,
  messageId: string,
  reason: DismissalReason,
  options: MailboxOptions = {},
): Promise<void> {
  await sendJson<GraphMessage>(client, {
    method: 'PATCH',
    url: `${mailboxPath(options)}/messages/${encodeURIComponent(messageId)}`,
    json: { singleValueExtendedProperties: [{ id: DISMISSED_PROPERTY_ID, value: reason }] },
    headers: IMMUTABLE_IDS,
    label: 'mail.dismiss',
  });
}
