// The header shape beside the reader that keeps them (src/host/read-item.ts imports it there).
import type { HeaderField } from '../mime/kept-headers';

/**
 * Splits a raw RFC 822 header block (what `getAllInternetHeadersAsync` returns) into fields,
 * unfolding continuation lines. Lines without a colon are skipped.
 */
export function parseHeaderBlock(raw: string): HeaderField[] {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ');
  const fields: HeaderField[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({
      key: line.slice(0, colon).trim().toLowerCase(),
      value: line.slice(colon + 1).trim(),
    });
  }
  return fields;
}
