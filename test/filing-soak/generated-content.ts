import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { ContentSource } from '../../src/graph';

const BLOCK = 4096;

/** Deterministic pseudo-random content of any size, generated per range: nothing held in memory. */
export function generatedContent(size: number, seed: number): ContentSource {
  return {
    size,
    read: (offset, length) =>
      Promise.resolve(generateRange(seed, offset, Math.min(length, size - offset))),
  };
}

/** The SHA-256 of generated content, computed with Node's own hash (independent of ours). */
export async function sha256Of(source: ContentSource): Promise<string> {
  const hash = createHash('sha256');
  for (let offset = 0; offset < source.size; offset += 1 << 22) {
    hash.update(await source.read(offset, Math.min(1 << 22, source.size - offset)));
  }
  return hash.digest('hex');
}

/** Content read from a file, piece by piece. */
export async function fileContent(
  path: string,
): Promise<{ source: ContentSource; close: () => Promise<void> }> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat();
  const read = async (offset: number, length: number) => {
    const buffer = new Uint8Array(Math.min(length, size - offset));
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer;
  };
  return { source: { size, read }, close: () => handle.close() };
}

function generateRange(seed: number, offset: number, length: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.max(0, length));
  let position = offset;
  while (position < offset + length) {
    const block = Math.floor(position / BLOCK);
    let state = (seed * 0x9e3779b1 + block * 0x85ebca6b) >>> 0;
    const blockStart = block * BLOCK;
    const end = Math.min(blockStart + BLOCK, offset + length);
    for (let i = blockStart; i < end; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      if (i >= position) out[i - offset] = 32 + ((state >>> 24) % 90);
    }
    position = end;
  }
  return out;
}
