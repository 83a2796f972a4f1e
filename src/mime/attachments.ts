import type { Attachment } from '../core';
import { repairWindows1252 } from './windows-1252';

/** An attachment part as the MIME parser gives it. */
export interface ParsedAttachment {
  readonly filename: string | null;
  readonly mimeType: string;
  readonly related?: boolean | undefined;
  readonly content: ArrayBuffer | Uint8Array | string;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/calendar': '.ics',
  'message/rfc822': '.eml',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/html': '.html',
};

/**
 * Name, size and type of each attachment. Images the HTML body shows inline (a logo in a
 * signature) are left out, as Outlook leaves them out of "has attachments". A part without a
 * file name (a calendar reply, a forwarded mail) gets `attachment-N` with an extension for its type.
 */
export function attachmentsFrom(parts: readonly ParsedAttachment[]): Attachment[] {
  return documentParts(parts).map((part, index) => ({
    name: nameOf(part, index),
    size: sizeOf(part.content),
    contentType: part.mimeType,
  }));
}

/** An attachment's file name, or `attachment-N` with an extension for its type when it has none. */
export function nameOf(part: ParsedAttachment, index: number): string {
  const name = part.filename === null ? '' : repairWindows1252(part.filename).trim();
  if (name !== '') return name;
  return `attachment-${index + 1}${EXTENSIONS[part.mimeType] ?? ''}`;
}

/** The parts that are attachments of their own, not images the HTML body shows inline. */
export function documentParts<Part extends ParsedAttachment>(parts: readonly Part[]): Part[] {
  return parts.filter((part) => part.related !== true);
}

function sizeOf(content: ArrayBuffer | Uint8Array | string): number {
  // The parser is asked for ArrayBuffers; a string would be Base64 or UTF-8 text of the content.
  return typeof content === 'string'
    ? new TextEncoder().encode(content).length
    : content.byteLength;
}
