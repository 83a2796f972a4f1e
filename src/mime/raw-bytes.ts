/** What `parseEml` accepts: the RFC 822 text, or its bytes (Office's Base64 decoded, a file read). */
export type RawEml = string | Uint8Array | ArrayBuffer;

/** The raw message as bytes; text is taken as UTF-8, as it is when a mail was saved as text. */
export function toBytes(raw: RawEml): Uint8Array {
  if (typeof raw === 'string') return new TextEncoder().encode(raw);
  if (raw instanceof Uint8Array) return raw;
  return new Uint8Array(raw);
}
