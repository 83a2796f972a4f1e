import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';

const ROOT = 5;
const DIRECTORY = 1;
const DOCUMENT = 2;

/** What a test .msg file holds. */
export interface MsgFileFields {
  readonly subject: string;
  readonly senderName: string;
  readonly senderEmail: string;
  readonly to: readonly { readonly name: string; readonly email: string }[];
  readonly body: string;
  readonly messageId?: string;
  readonly sent?: Date;
}

const utf16 = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[i * 2] = text.charCodeAt(i) & 0xff;
    bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

/** A fixed-size property entry: tag, flags, 8 bytes of value. */
function property(tag: number, value: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, tag, true);
  view.setUint32(4, 6, true);
  value(new DataView(bytes.buffer, 8, 8));
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A FILETIME: 100 ns ticks since 1601-01-01. */
function fileTime(date: Date, view: DataView): void {
  const ticks = (BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n;
  view.setBigUint64(0, ticks, true);
}

/**
 * Builds a small Outlook .msg file (a compound file with MAPI string properties, a recipient
 * storage and the properties streams) for tests, through the reader's own compound file writer.
 */
export function aMsgFile(fields: MsgFileFields): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  const add = (parent: number, name: string, bytes: Uint8Array): void => {
    entries[parent]?.children?.push(entries.length);
    entries.push({ name, type: DOCUMENT, length: bytes.length, binaryProvider: () => bytes });
  };
  const text = (id: string, value: string, parent = 0) =>
    add(parent, `__substg1.0_${id}001F`, utf16(value));
  text('0037', fields.subject);
  text('0C1A', fields.senderName);
  text('0C1F', fields.senderEmail);
  text('1000', fields.body);
  if (fields.messageId !== undefined) text('1035', `<${fields.messageId}>`);
  const sent = fields.sent;
  const rootProperties =
    sent === undefined ? [] : [property(0x00390040, (view) => fileTime(sent, view))];
  add(0, '__properties_version1.0', concat([new Uint8Array(32), ...rootProperties]));
  fields.to.forEach((recipient, index) => {
    const folder = entries.length;
    entries[0]?.children?.push(folder);
    const name = `__recip_version1.0_#${index.toString(16).toUpperCase().padStart(8, '0')}`;
    entries.push({ name, type: DIRECTORY, length: 0, children: [] });
    text('3001', recipient.name, folder);
    text('3003', recipient.email, folder);
    text('39FE', recipient.email, folder);
    const type = property(0x0c150003, (view) => view.setUint32(0, 1, true));
    add(folder, '__properties_version1.0', concat([new Uint8Array(8), type]));
  });
  return burn(entries);
}
