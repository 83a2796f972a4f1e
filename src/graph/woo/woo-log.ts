import type { SearchLogEntry, WooEvent, WooEventKind, WooSearchQuery } from '../../core/woo-desk';
import type { GraphClient } from '../graph-client';
import { createItem, itemsOfRequest } from './woo-items';
import type { WooSite } from './woo-site';
import { createdByOf, dateField, dayValue, textField, type WooListItem } from './woo-wire';

/** A request's log: the events of its clock and the searches run for it, oldest first. */
export interface WooLog {
  readonly events: readonly WooEvent[];
  readonly searches: readonly SearchLogEntry[];
}

const EVENT_KINDS: readonly WooEventKind[] = ['verlenging', 'opschorting', 'hervatting', 'besluit'];

/** Records an event of the request's clock on a calendar day (one request). */
export async function recordWooEvent(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  event: WooEvent,
): Promise<void> {
  await createItem(
    client,
    woo.site.siteId,
    woo.logListId,
    {
      Title: event.kind,
      Zaaknummer: zaaknummer,
      Kind: event.kind,
      At: dayValue(event.at),
      Details: JSON.stringify({ note: event.note }),
    },
    'woo.event',
  );
}

/**
 * Keeps a search run for the request: its words, filters and number of hits (one request).
 * When and by whom are the item's own `createdDateTime` and `createdBy`.
 */
export async function recordWooSearch(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
  query: WooSearchQuery,
  hits: number,
): Promise<void> {
  await createItem(
    client,
    woo.site.siteId,
    woo.logListId,
    {
      Title: 'zoekopdracht',
      Zaaknummer: zaaknummer,
      Kind: 'zoekopdracht',
      Details: JSON.stringify({ ...queryJson(query), hits }),
    },
    'woo.search-log',
  );
}

/** The request's log (all pages). */
export async function readWooLog(
  client: GraphClient,
  woo: WooSite,
  zaaknummer: string,
): Promise<WooLog> {
  const items = await itemsOfRequest(client, woo.site.siteId, woo.logListId, zaaknummer, 'woo.log');
  const ordered = [...items].sort(
    (a, b) => Date.parse(a.createdDateTime ?? '') - Date.parse(b.createdDateTime ?? ''),
  );
  const events: WooEvent[] = [];
  const searches: SearchLogEntry[] = [];
  for (const item of ordered) {
    const kind = textField(item, 'Kind');
    const details = parseDetails(textField(item, 'Details'));
    const event = EVENT_KINDS.find((value) => value === kind);
    if (event !== undefined) {
      const note = typeof details['note'] === 'string' ? details['note'] : '';
      events.push({ kind: event, at: dateField(item, 'At') ?? createdAt(item), note });
    } else if (kind === 'zoekopdracht') searches.push(searchFrom(item, details));
  }
  return { events, searches };
}

function createdAt(item: WooListItem): Date {
  const date = new Date(item.createdDateTime ?? 0);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

function queryJson(query: WooSearchQuery): Record<string, string> {
  return {
    text: query.text,
    ...(query.from === undefined ? {} : { from: query.from.toISOString().slice(0, 10) }),
    ...(query.to === undefined ? {} : { to: query.to.toISOString().slice(0, 10) }),
    ...(query.dossier === undefined ? {} : { dossier: query.dossier }),
    ...(query.category === undefined ? {} : { category: query.category }),
    ...(query.kind === undefined ? {} : { kind: query.kind }),
  };
}

function searchFrom(item: WooListItem, details: Record<string, unknown>): SearchLogEntry {
  const text = (name: string) => (typeof details[name] === 'string' ? details[name] : undefined);
  const day = (name: string) => {
    const value = text(name);
    return value === undefined ? undefined : new Date(`${value}T00:00:00Z`);
  };
  const from = day('from');
  const to = day('to');
  const dossier = text('dossier');
  const category = text('category');
  const kind = text('kind');
  const query: WooSearchQuery = {
    text: text('text') ?? '',
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...(dossier === undefined ? {} : { dossier }),
    ...(category === undefined ? {} : { category }),
    ...(kind === 'mail' || kind === 'chat' ? { kind } : {}),
  };
  const hits = typeof details['hits'] === 'number' ? details['hits'] : 0;
  return { query, hits, at: createdAt(item), by: createdByOf(item) };
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  } catch {
    return {};
  }
}
