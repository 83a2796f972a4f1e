import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How long a download URL works. Graph's pre-authenticated download URLs "are only valid for
 * a short period of time (a few minutes)"
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content); the record system gives
 * five minutes.
 */
export const DOWNLOAD_URL_LIFETIME_MS = 5 * 60_000;

/** What a download URL names. */
export interface DownloadTarget {
  readonly driveId: string;
  readonly itemId: string;
}

/** Signs and checks the record system's pre-authenticated download URLs. */
export interface DownloadLinks {
  /** The origin of the download listener (another port than Graph's: another origin). */
  readonly origin: string;
  /** A download URL for the item, valid for {@link DOWNLOAD_URL_LIFETIME_MS}. */
  url(target: DownloadTarget): string;
  /** The target of a URL's token; `expired` or `invalid` when it gives none. */
  verify(token: string): DownloadTarget | 'expired' | 'invalid';
}

/** Path prefix of download URLs on the download listener. */
export const DOWNLOAD_PREFIX = '/_layouts/15/download.aspx/';

/**
 * Download links signed with a secret of this run (HMAC-SHA256 over target and expiry): they
 * carry their own authorization, as SharePoint's `tempauth` URLs do, and stop working when they
 * expire or the record system restarts.
 */
export function createDownloadLinks(origin: string, now: () => Date): DownloadLinks {
  const secret = randomBytes(32);
  const sign = (payload: string) =>
    createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    origin,
    url: (target) => {
      const expires = now().getTime() + DOWNLOAD_URL_LIFETIME_MS;
      const payload = Buffer.from(JSON.stringify({ ...target, expires })).toString('base64url');
      return `${origin}${DOWNLOAD_PREFIX}${payload}.${sign(payload)}`;
    },
    verify: (token) => {
      const [payload, signature] = token.split('.');
      if (payload === undefined || signature === undefined) return 'invalid';
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
      const parsed = readPayload(payload);
      if (parsed === undefined) return 'invalid';
      return parsed.expires < now().getTime() ? 'expired' : parsed;
    },
  };
}

function readPayload(payload: string): (DownloadTarget & { expires: number }) | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { driveId, itemId, expires } = value as Record<string, unknown>;
    return typeof driveId === 'string' && typeof itemId === 'string' && typeof expires === 'number'
      ? { driveId, itemId, expires }
      : undefined;
  } catch {
    return undefined;
  }
}
