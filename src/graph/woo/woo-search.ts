import type { WooSearchQuery } from '../../core/woo-desk';
import { batchStepError, MAX_BATCH_STEPS, sendBatch } from '../batch';
import type { GraphClient } from '../graph-client';
import { encodeDrivePath, sendJson } from '../request';
import type { SiteIds } from '../site-ids';
import type { GraphDriveItem } from '../wire-types';
import { DEFAULT_SEARCH_SCHEMA, wooKql, type WooSearchSchema } from './woo-kql';
import { searchHitRecord, type WooHitRecord } from './woo-hit-record';

/** One hit: the record found, the passage that matched (`<c0>` marks the words) and its rank. */
export interface WooHit {
  readonly rank: number;
  /** Microsoft Search's summary: matched words in `<c0>…</c0>`, cuts as `<ddd/>`. */
  readonly summary: string;
  /** The record, or null when its rendition was found but the record cannot be read. */
  readonly record: WooHitRecord | null;
}

/** One page of a desk search. */
export interface WooSearchPage {
  readonly hits: readonly WooHit[];
  /** Microsoft Search's estimate of all hits. */
  readonly total: number;
  readonly moreResultsAvailable: boolean;
  readonly from: number;
}

/** Where and how to page. */
export interface WooSearchOptions {
  readonly from?: number;
  /** Page size; Microsoft Search takes at most 500 (default 25). */
  readonly size?: number;
  readonly schema?: WooSearchSchema;
}

interface SearchResponse {
  readonly value?: readonly {
    readonly hitsContainers?: readonly {
      readonly total?: number;
      readonly moreResultsAvailable?: boolean;
      readonly hits?: readonly {
        readonly rank?: number;
        readonly summary?: string;
        readonly resource?: GraphDriveItem;
      }[];
    }[];
  }[];
}

/**
 * Searches the filed records with Microsoft Search (`POST /search/query`, entity type
 * driveItem, KQL by {@link wooKql}), then reads the found records' columns: 1 request for the
 * search, 1 for the library's address (once per client) and 1 `$batch` per 20 hits.
 * Microsoft Search trims hits to what the signed-in user may read.
 */
export async function searchRecords(
  client: GraphClient,
  site: SiteIds,
  query: WooSearchQuery,
  options: WooSearchOptions = {},
): Promise<WooSearchPage> {
  const libraryUrl = await recordsLibraryUrl(client, site);
  const from = options.from ?? 0;
  const response = await sendJson<SearchResponse>(client, {
    method: 'POST',
    url: '/search/query',
    json: {
      requests: [
        {
          entityTypes: ['driveItem'],
          query: {
            queryString: wooKql(query, libraryUrl, options.schema ?? DEFAULT_SEARCH_SCHEMA),
          },
          from,
          size: Math.min(500, Math.max(1, options.size ?? 25)),
        },
      ],
    },
    label: 'woo.search',
  });
  const container = response.value?.[0]?.hitsContainers?.[0];
  const found = container?.hits ?? [];
  const records = await readHitRecords(
    client,
    site,
    libraryUrl,
    found.map((hit) => hit.resource?.webUrl ?? ''),
  );
  return {
    hits: found.map((hit, index) => ({
      rank: hit.rank ?? from + index + 1,
      summary: hit.summary ?? '',
      record: records[index] ?? null,
    })),
    total: container?.total ?? 0,
    moreResultsAvailable: container?.moreResultsAvailable ?? false,
    from,
  };
}

const libraryUrls = new WeakMap<GraphClient, Map<string, string>>();

/** The web address of the records library (`GET /drives/{d}`), once per client. */
async function recordsLibraryUrl(client: GraphClient, site: SiteIds): Promise<string> {
  const cache = libraryUrls.get(client) ?? new Map<string, string>();
  libraryUrls.set(client, cache);
  const cached = cache.get(site.recordsDriveId);
  if (cached !== undefined) return cached;
  const drive = await sendJson<{ webUrl?: string }>(client, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}`,
    query: { $select: 'webUrl' },
    label: 'woo.library',
  });
  const url = drive.webUrl ?? '';
  cache.set(site.recordsDriveId, url);
  return url;
}

/** The record beside each rendition (same path without `.txt`), by `$batch`. */
async function readHitRecords(
  client: GraphClient,
  site: SiteIds,
  libraryUrl: string,
  renditionUrls: readonly string[],
): Promise<(WooHitRecord | null)[]> {
  const paths = renditionUrls.map((url) => recordPath(libraryUrl, url));
  const records: (WooHitRecord | null)[] = paths.map(() => null);
  for (let start = 0; start < paths.length; start += MAX_BATCH_STEPS) {
    const steps = paths.slice(start, start + MAX_BATCH_STEPS).flatMap((path, offset) =>
      path === null
        ? []
        : [
            {
              id: String(start + offset),
              method: 'GET' as const,
              url: `/drives/${site.recordsDriveId}/root:/${encodeDrivePath(path)}?$expand=listItem($expand=fields)`,
            },
          ],
    );
    if (steps.length === 0) continue;
    const responses = await sendBatch(client, steps, 'woo.hit-records');
    for (const step of steps) {
      const response = responses.get(step.id);
      if (batchStepError(response, 'woo.hit-records') !== undefined) continue;
      records[Number(step.id)] = searchHitRecord(response?.body);
    }
  }
  return records;
}

/** A rendition's web address to its record's path in the library; null when outside it. */
export function recordPath(libraryUrl: string, renditionUrl: string): string | null {
  const base = libraryUrl.replace(/\/+$/, '');
  if (!renditionUrl.startsWith(`${base}/`) || !renditionUrl.endsWith('.txt')) return null;
  const relative = renditionUrl.slice(base.length + 1, -'.txt'.length);
  try {
    return relative.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}
