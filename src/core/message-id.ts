/**
 * A mail's source id from its Message-ID header (RFC 5322 `msg-id`), the one way every reader
 * makes it (the MIME reader, Outlook, Graph): without surrounding space and angle brackets,
 * case kept. `<AbC@Example.COM> ` -> `AbC@Example.COM`; empty when there is none.
 */
export function bareMessageId(messageId: string): string {
  return messageId.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

/**
 * A Message-ID as compared for deduplication: bare (see {@link bareMessageId}), with the domain
 * part lower-cased (RFC 5322 leaves the local part case-sensitive). `<AbC@Example.COM>` ->
 * `AbC@example.com`.
 */
export function normaliseInternetMessageId(messageId: string): string {
  const bare = bareMessageId(messageId);
  const at = bare.lastIndexOf('@');
  if (at < 0) return bare;
  return `${bare.slice(0, at)}@${bare.slice(at + 1).toLowerCase()}`;
}
