import { graphCallErrorFromResponse } from '../error-envelope';
import { GraphCallError, isGraphCallError } from '../GraphCallError';
import type { GraphClient } from '../graph-client';
import { sleep } from '../middleware';
import { encodeDrivePath, sendJson } from '../request';
import type { GraphDriveItem, GraphUploadSession } from '../wire-types';
import type { ContentSource } from './content-source';
import type { UploadOutcome } from './upload-outcome';
import { attemptUpload, sendUploadWithRetry } from './upload-retry';

/** Upload session chunks must be multiples of 320 KiB (and under 60 MiB). */
export const CHUNK_UNIT = 320 * 1024;

/**
 * Uploads large content through an upload session, one chunk in memory at a time. A failed
 * chunk (throttled, server error, dropped connection, 416) is resumed from the session's
 * `nextExpectedRanges`, so bytes the server already has are not sent again.
 */
export async function uploadLarge(
  client: GraphClient,
  driveId: string,
  path: string,
  content: ContentSource,
  chunkSize: number,
): Promise<UploadOutcome> {
  if (chunkSize % CHUNK_UNIT !== 0) throw new Error('invariant failed: chunk-not-320-kib-multiple');
  const uploadUrl = await createSession(client, driveId, path);
  if (uploadUrl === null) return { kind: 'path-taken' };
  let offset = 0;
  let failures = 0;
  for (;;) {
    const step = await sendChunk(client, uploadUrl, content, offset, chunkSize, failures);
    if (step.kind === 'done') return step.outcome;
    if (step.kind === 'next') {
      offset = step.offset;
      failures = 0;
      continue;
    }
    failures += 1;
    if (failures >= client.retry.chunkAttempts) throw step.error;
    await sleep(step.waitMs);
    const resumed = await nextExpectedOffset(client, uploadUrl);
    if (resumed === null) return { kind: 'path-taken' };
    offset = resumed;
  }
}

type ChunkStep =
  | { readonly kind: 'done'; readonly outcome: UploadOutcome }
  | { readonly kind: 'next'; readonly offset: number }
  | { readonly kind: 'failed'; readonly waitMs: number; readonly error: GraphCallError };

async function sendChunk(
  client: GraphClient,
  uploadUrl: string,
  content: ContentSource,
  offset: number,
  chunkSize: number,
  failures: number,
): Promise<ChunkStep> {
  const length = Math.min(chunkSize, content.size - offset);
  const bytes = await content.read(offset, length);
  const label = 'records.upload-chunk';
  const attempt = await attemptUpload(
    client,
    {
      method: 'PUT',
      url: uploadUrl,
      headers: { 'Content-Range': `bytes ${offset}-${offset + length - 1}/${content.size}` },
      bytes,
      label,
      authenticated: false,
    },
    failures,
  );
  if (attempt.kind === 'retryable')
    return { kind: 'failed', waitMs: attempt.waitMs, error: attempt.error };
  const response = attempt.response;
  if (response.status === 202) {
    const session = (await response.json()) as GraphUploadSession;
    return { kind: 'next', offset: firstRangeStart(session) ?? offset + length };
  }
  if (response.status === 200 || response.status === 201) {
    return {
      kind: 'done',
      outcome: { kind: 'uploaded', item: (await response.json()) as GraphDriveItem },
    };
  }
  if (response.status === 409) return { kind: 'done', outcome: { kind: 'path-taken' } };
  const error = await graphCallErrorFromResponse(response, label);
  if (response.status === 416) return { kind: 'failed', waitMs: 0, error };
  throw error;
}

/** Creates the session; null when a file already exists at the path (409). */
async function createSession(
  client: GraphClient,
  driveId: string,
  path: string,
): Promise<string | null> {
  try {
    const session = await sendJson<GraphUploadSession>(client, {
      method: 'POST',
      url: `/drives/${driveId}/root:/${encodeDrivePath(path)}:/createUploadSession`,
      json: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
      label: 'records.upload-session',
    });
    if (session.uploadUrl === undefined)
      throw new GraphCallError({
        kind: 'unexpected',
        status: 200,
        operation: 'records.upload-session',
      });
    return session.uploadUrl;
  } catch (error) {
    if (isGraphCallError(error) && error.kind === 'conflict') return null;
    throw error;
  }
}

/**
 * Where the server wants the upload to go on (`GET {uploadUrl}`). Null when the session is
 * gone: it completed (the file is at the path) or expired; the caller checks the path.
 */
async function nextExpectedOffset(client: GraphClient, uploadUrl: string): Promise<number | null> {
  const label = 'records.upload-status';
  const response = await sendUploadWithRetry(client, {
    method: 'GET',
    url: uploadUrl,
    label,
    authenticated: false,
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) throw await graphCallErrorFromResponse(response, label);
  return firstRangeStart((await response.json()) as GraphUploadSession) ?? null;
}

/** `["26-", "40-50"]` -> 26. */
export function firstRangeStart(session: GraphUploadSession): number | undefined {
  const first = session.nextExpectedRanges?.[0];
  if (first === undefined) return undefined;
  const start = Number(first.split('-')[0]);
  return Number.isFinite(start) ? start : undefined;
}
