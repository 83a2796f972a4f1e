import type { UploadSessionRecord } from '../../store/upload-sessions';

/** Upload URLs live outside the Graph base path, as Graph's own do (no Authorization there). */
export const UPLOAD_PREFIX = '/upload/';

/** How long a session lives without a new chunk. */
export const UPLOAD_SESSION_TTL_MS = 30 * 60 * 1000;

/** The ranges still missing, in Graph's `start-end` form (`start-` when the size is unknown). */
export function nextExpectedRanges(session: UploadSessionRecord): string[] {
  return [
    session.total === undefined
      ? `${session.nextOffset}-`
      : `${session.nextOffset}-${session.total - 1}`,
  ];
}

/** The status body of a session (202 after a chunk, 200 on GET). */
export function sessionStatus(session: UploadSessionRecord): Record<string, unknown> {
  return { expirationDateTime: session.expiresAt, nextExpectedRanges: nextExpectedRanges(session) };
}

/** A parsed `Content-Range: bytes a-b/total`. */
export interface ContentRange {
  readonly start: number;
  readonly end: number;
  readonly total: number;
}

/** Parses a Content-Range header. */
export function parseContentRange(header: string | undefined): ContentRange | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec((header ?? '').trim());
  if (match === null) return undefined;
  const range = { start: Number(match[1]), end: Number(match[2]), total: Number(match[3]) };
  return range.start <= range.end && range.end < range.total ? range : undefined;
}
