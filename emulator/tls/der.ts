/** Just enough ASN.1 DER to write an X.509 certificate. */

/** A tag-length-value. */
export function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

function length(size: number): Buffer {
  if (size < 0x80) return Buffer.from([size]);
  const bytes: number[] = [];
  for (let rest = size; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** SEQUENCE of parts. */
export const sequence = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts));

/** SET of parts. */
export const set = (...parts: Buffer[]): Buffer => tlv(0x31, Buffer.concat(parts));

/** A non-negative INTEGER from big-endian bytes. */
export function integer(bytes: Buffer): Buffer {
  const first = bytes[0] ?? 0;
  return tlv(0x02, first >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** An OBJECT IDENTIFIER from dotted form. */
export function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const groups: number[] = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** A UTF8String. */
export const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));

/** A UTCTime (dates before 2050). */
export function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, '').slice(2, 14);
  return tlv(0x17, Buffer.from(`${text}Z`, 'ascii'));
}

/** A BIT STRING with no unused bits. */
export const bitString = (bytes: Buffer): Buffer =>
  tlv(0x03, Buffer.concat([Buffer.from([0]), bytes]));

/** An OCTET STRING. */
export const octetString = (bytes: Buffer): Buffer => tlv(0x04, bytes);

/** An explicit context-specific tag [n]. */
export const explicit = (tag: number, content: Buffer): Buffer => tlv(0xa0 | tag, content);
