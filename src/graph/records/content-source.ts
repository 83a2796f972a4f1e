import { Sha256 } from '../../core/records';

/**
 * Content to file, read piece by piece so memory stays flat whatever the size: a mail's full
 * MIME, a chat's HTML rendering or its JSON source. `read` may be called again for a range
 * already read (an upload resuming from the server's `nextExpectedRanges`).
 */
export interface ContentSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
}

/** Content held in memory (Office.js `getAsFileAsync`, a decoded .eml). */
export function contentFromBytes(bytes: Uint8Array<ArrayBuffer>): ContentSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
  };
}

/** Content in a Blob or File (browsers keep large blobs out of the JS heap). */
export function contentFromBlob(blob: Blob): ContentSource {
  return {
    size: blob.size,
    read: async (offset, length) =>
      new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Text as UTF-8 content (a chat's HTML rendering or JSON source). */
export function contentFromText(text: string): ContentSource {
  return contentFromBytes(new TextEncoder().encode(text));
}

/** SHA-256 of the whole content, read in pieces of `pieceSize` bytes. */
export async function hashContent(source: ContentSource, pieceSize = 1 << 20): Promise<string> {
  const hash = new Sha256();
  for (let offset = 0; offset < source.size; offset += pieceSize) {
    hash.update(await source.read(offset, Math.min(pieceSize, source.size - offset)));
  }
  return hash.digestHex();
}
