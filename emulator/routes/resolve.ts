import type { GraphContext } from '../context';
import { failure, success, type Outcome } from '../http/exchange';
import { itemNotFound } from '../http/graph-error';
import type { ListRecord, SiteRecord } from '../store/records';
import { findList, findListByDrive, findSite, findSiteByPath } from '../store/sites';

/** A site from `{id}` or `{hostname}:/{path}:`. */
export function resolveSite(context: GraphContext, param: string): Outcome<SiteRecord> {
  const byPath = /^([^:/]+):(\/[^:]*):?$/.exec(param);
  const site =
    byPath === null
      ? findSite(context.store, param)
      : findSiteByPath(context.store, byPath[1] ?? '', byPath[2] ?? '');
  return site === undefined
    ? failure(itemNotFound('Requested site could not be found'))
    : success(site);
}

/** A list of a site by id, name or display name. */
export function resolveList(
  context: GraphContext,
  siteParam: string,
  listParam: string,
): Outcome<{ site: SiteRecord; list: ListRecord }> {
  const site = resolveSite(context, siteParam);
  if (!site.ok) return site;
  const list = findList(context.store, site.value.id, listParam);
  if (list === undefined)
    return failure(
      itemNotFound(`List '${listParam}' does not exist at site with URL '${site.value.path}'.`),
    );
  return success({ site: site.value, list });
}

/** The document library behind a drive id, with its site. */
export function resolveDrive(
  context: Pick<GraphContext, 'store'>,
  driveId: string,
): Outcome<{ site: SiteRecord; list: ListRecord; driveId: string }> {
  const list = findListByDrive(context.store, driveId);
  const site = list === undefined ? undefined : findSite(context.store, list.siteId);
  if (list === undefined || site === undefined)
    return failure(itemNotFound('The drive could not be found.'));
  return success({ site, list, driveId });
}

/** Parses a list item id (SharePoint's are positive integers). */
export function parseItemId(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
