import type { GraphContext } from '../../context';
import type { GraphRoute } from '../../context';
import { DRIVE_GET } from '../../scopes/route-scopes';

import type { EmulatorResponse } from '../../http/exchange';
import { accessDenied, itemNotFound } from '../../http/graph-error';
import { json } from '../../http/respond';
import { contextUrl } from '../../odata-query/paging';
import { driveJson } from '../../graph/site-json';
import { SITE } from '../patterns';
import { resolveList } from '../resolve';
import { mayOpenList } from '../sites/site-access';

async function getListDrive(
  context: GraphContext,
  params: Readonly<Record<string, string>>,
): Promise<EmulatorResponse> {
  const found = resolveList(context, params['site'] ?? '', params['list'] ?? '');
  if (!found.ok) return found.response;
  const { site, list } = found.value;
  if (!mayOpenList(context, list)) return accessDenied();
  if (list.driveId === undefined)
    return itemNotFound('The list is not a document library and has no drive.');
  return json(200, {
    '@odata.context': contextUrl(context.request, 'drives/$entity'),
    ...driveJson(site, list),
  });
}

/** `GET /sites/{site}/lists/{list}/drive`. */
export const listDriveRoutes: readonly GraphRoute[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/sites/${SITE}/lists/(?<list>[^/]+)/drive$`),
    handle: getListDrive,
    scopes: DRIVE_GET,
  },
];
