/** Why raw input is not a mail Bronvast can read, before any MIME parsing. */
export type MimeShapeError = 'empty-input' | 'binary-content' | 'not-a-mime-message';

/** How much of the start of the input is inspected: far more than any real header block needs. */
const HEAD_BYTES = 64 * 1024;
const HEADER_LINE = /^[!-9;-~]+[ \t]*:/;
const ESSENTIAL_HEADERS = /^(from|to|subject|date|message-id|received|mime-version)[ \t]*:/im;

/**
 * Decides whether input looks like an RFC 5322 message at all, so that a PDF, a Word file or a
 * plain note saved as `.eml` is reported as such instead of coming out as an empty mail.
 * Expects input passed through `trimMessageStart`. A message must start with a header field, carry
 * no NUL bytes in its header block, and have at least one of the headers every mail has.
 */
export function checkMimeShape(bytes: Uint8Array): MimeShapeError | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  if (head.trim() === '') return 'empty-input';
  const lines = head.split(/\r?\n/);
  const blank = lines.findIndex((line) => line === '');
  const headerBlock = (blank === -1 ? lines : lines.slice(0, blank)).join('\n');
  if (headerBlock.includes('\u0000') || countControls(headerBlock) > headerBlock.length / 20) {
    return 'binary-content';
  }
  if (!HEADER_LINE.test(lines[0] ?? '')) return 'not-a-mime-message';
  if (!ESSENTIAL_HEADERS.test(headerBlock)) return 'not-a-mime-message';
  return null;
}

function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) count += 1;
  }
  return count;
}

/**
 * The message without what may precede its first header: blank lines, and the `From ` line
 * an mbox export puts before each message (the parser would take it for a header).
 */
export function trimMessageStart(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length && isSpace(bytes[start])) start += 1;
  if (startsWithMboxSeparator(bytes, start)) {
    const newline = bytes.indexOf(0x0a, start);
    start = newline === -1 ? bytes.length : newline + 1;
  }
  return start === 0 ? bytes : bytes.subarray(start);
}

const MBOX_SEPARATOR = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

function startsWithMboxSeparator(bytes: Uint8Array, start: number): boolean {
  return MBOX_SEPARATOR.every((byte, i) => bytes[start + i] === byte);
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
