import { repairWindows1252 } from './windows-1252';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Where the header block ends: the index of the blank line's first byte, or the length. */
function headerEnd(bytes: Uint8Array): number {
  for (let index = 0; index + 1 < bytes.length; index += 1) {
    if (bytes[index] !== 0x0a) continue;
    if (bytes[index + 1] === 0x0a) return index + 1;
    if (bytes[index + 1] === 0x0d && bytes[index + 2] === 0x0a) return index + 1;
  }
  return bytes.length;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Raw 8-bit bytes in the header block that are not UTF-8 (old clients and exports write
 * "Overleg über één punt" in windows-1252 without encoded words) are read as windows-1252 and
 * written back as UTF-8, so the subject and names keep their letters instead of U+FFFD. Header
 * blocks that are ASCII or valid UTF-8, and the body, are left byte for byte.
 */
export function recodeEightBitHeaders(bytes: Uint8Array): Uint8Array {
  const end = headerEnd(bytes);
  const header = bytes.subarray(0, end);
  if (!header.some((byte) => byte >= 0x80) || isUtf8(header)) return bytes;
  const text = repairWindows1252(WINDOWS_1252.decode(header));
  const recoded = new TextEncoder().encode(text);
  const result = new Uint8Array(recoded.length + bytes.length - end);
  result.set(recoded, 0);
  result.set(bytes.subarray(end), recoded.length);
  return result;
}
