/**
 * What a Graph request costs in SharePoint resource units, from the table of
 * https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online:
 * 1 for a single item query (get item) or a file download; 2 for a multi-item query (list
 * children, list items) and for create, update, delete and upload; 5 for permission operations
 * (including `$expand=permissions`). Only SharePoint's own calls (sites, lists, drives, upload
 * and download URLs) are metered: mail, chats and users are other services with other limits.
 * A `$batch` costs nothing itself; "requests in a batch are evaluated individually".
 */
export function resourceUnits(method: string, path: string, query: URLSearchParams): number {
  if (!/^\/(sites|drives)\//.test(path)) return 0;
  if (/permissions/i.test(query.get('$expand') ?? '') || /\/permissions(\/|$)/.test(path)) return 5;
  if (method !== 'GET') return 2;
  return MULTI_ITEM.test(path) ? 2 : 1;
}

/** Collections: answering them reads many items. */
const MULTI_ITEM = /\/(items|children|lists|columns|versions)$/;

/** A download through a pre-authenticated URL. */
export const DOWNLOAD_UNITS = 1;
/** A chunk PUT to an upload URL (an upload); a status GET reads one item. */
export const uploadUnits = (method: string): number => (method === 'GET' ? 1 : 2);
