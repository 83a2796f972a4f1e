/** What `parseEml` accepts: the RFC 822 text, or its bytes (Office's Base64 decoded, a file read). */
export type RawEml = string | Uint8Array | ArrayBuffer;

/** The raw message as bytes; text is taken as UTF-8, as it is when a mail was saved as text. */
export function toBytes(raw: RawEml): Uint8Array {
  if (typeof raw === 'string') return new TextEncoder().encode(raw);
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(raw);
}

/** Lower-case hex SHA-256 of the bytes, through WebCrypto so it runs in the task pane and in Node. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy, because WebCrypto's typings want a view on a plain ArrayBuffer (not a shared one).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
