import { open } from 'node:fs/promises';
import type { ContentSource } from '../../graph';

/**
 * A file on disk as content to file, read range by range: only the range asked for is in
 * memory, so hashing and an upload session of a large mail keep memory flat. The file is
 * opened for each read and closed again, so thousands of queued files hold no descriptors.
 */
export function contentFromFile(path: string, size: number): ContentSource {
  return {
    size,
    read: async (offset, length) => {
      const handle = await open(path, 'r');
      try {
        const bytes = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let filled = 0;
        while (filled < bytes.length) {
          const { bytesRead } = await handle.read(
            bytes,
            filled,
            bytes.length - filled,
            offset + filled,
          );
          if (bytesRead === 0) throw new Error(`file-shrank: ${path}`);
          filled += bytesRead;
        }
        return bytes;
      } finally {
        await handle.close();
      }
    },
  };
}
