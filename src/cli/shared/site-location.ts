import type { SiteLocation } from '../../graph';

/** `contoso.sharepoint.com:/sites/informatiebeheer` -> hostname and path; null when malformed. */
export function siteLocation(text: string): SiteLocation | null {
  const match = /^([^:/]+):(\/.+)$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { hostname: match[1], path: match[2] };
}
