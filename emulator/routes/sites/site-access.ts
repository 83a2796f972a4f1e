import type { GraphContext } from '../../context';
import type { ListRecord } from '../../store/records';

/**
 * Whether the user may open the site: a role on it, or a grant somewhere inside it, which gives
 * SharePoint's "limited access" to the site.
 */
export function mayOpenSite(context: GraphContext, siteId: string): boolean {
  const site = { kind: 'site', siteId } as const;
  return context.access.may(site, 'read') || context.access.hasGrantWithin(site);
}

/** Whether the user may open the list: read on it, or limited access through a grant inside it. */
export function mayOpenList(context: GraphContext, list: ListRecord): boolean {
  const target = { kind: 'list', list } as const;
  return context.access.may(target, 'read') || context.access.hasGrantWithin(target);
}

/**
 * Whether the user may create lists on the site or columns on a list. Graph's roles say nothing
 * about managing lists (https://learn.microsoft.com/graph/api/resources/permission, "Roles
 * property values": write is to "read and modify the metadata and contents"), so the record
 * system takes the stricter reading: full control (`owner`), the site owner's level.
 */
export function mayManageLists(
  context: GraphContext,
  target:
    | { readonly kind: 'site'; readonly siteId: string }
    | { readonly kind: 'list'; readonly list: ListRecord },
): boolean {
  return context.access.may(target, 'owner');
}
