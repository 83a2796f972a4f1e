import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { UploadContext } from '../../context';
import type { EmulatorResponse } from '../../http/exchange';
import { graphError } from '../../http/graph-error';
import { saveUploadSession, type UploadSessionRecord } from '../../store/upload-sessions';
import type { ContentRange } from './upload-session-state';

/**
 * Fails a chunk as injected. `error` reads the body and answers 500; `drop` reads about half of
 * it and destroys the connection. Neither writes to the session, so the same range may be retried.
 */
export async function failChunk(
  body: Readable,
  range: ContentRange,
  mode: 'error' | 'drop',
): Promise<EmulatorResponse> {
  const half = Math.floor((range.end - range.start + 1) / 2);
  let read = 0;
  for await (const chunk of body) {
    read += Buffer.isBuffer(chunk) ? chunk.length : String(chunk).length;
    if (mode === 'drop' && read >= half) return { status: 0, body: { kind: 'drop' } };
  }
  if (mode === 'drop') return { status: 0, body: { kind: 'drop' } };
  return graphError(
    500,
    'generalException',
    'The fragment could not be stored. Retry the same range.',
  );
}

/**
 * Streams a chunk into the session's temp file at its offset. The session only advances when
 * every announced byte arrived, so a broken chunk leaves it where it was.
 */
export async function writeChunk(
  context: UploadContext,
  session: UploadSessionRecord,
  range: ContentRange,
  expiresAt: string,
): Promise<UploadSessionRecord | 'short'> {
  const out = createWriteStream(session.tempFile, { flags: 'r+', start: range.start });
  const expected = range.end - range.start + 1;
  let written = 0;
  let overflow = false;
  try {
    for await (const chunk of context.request.body) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      const room = expected - written;
      const part = buffer.length > room ? buffer.subarray(0, Math.max(room, 0)) : buffer;
      overflow = overflow || buffer.length > room;
      written += part.length;
      if (!out.write(part)) await once(out, 'drain');
    }
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  if (written !== expected || overflow) return 'short';
  const advanced: UploadSessionRecord = {
    ...session,
    nextOffset: range.end + 1,
    total: range.total,
    expiresAt,
  };
  saveUploadSession(context.store, advanced);
  return advanced;
}
