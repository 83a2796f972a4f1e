import { isGraphCallError, sendJson, type GraphClient, type SiteIds } from '../../graph';
import type { DoctorFinding, ProbeCode } from './doctor-finding';

type Probe = Extract<DoctorFinding, { check: 'probe' }>;

const probe = (code: ProbeCode, answer: string, ok = true): Probe => ({
  check: 'probe',
  probe: code,
  answer,
  ok,
});

const failureOf = (error: unknown): string =>
  isGraphCallError(error) ? `${error.status} ${error.code ?? error.kind}` : String(error);

/** Do a list item's versions carry their column values without `$expand=fields`? */
export async function versionsProbe(
  client: GraphClient,
  site: SiteIds,
  listItemId: string,
): Promise<Probe> {
  try {
    const page = await sendJson<{ value: { fields?: unknown }[] }>(client, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${listItemId}/versions`,
      label: 'doctor.probe',
    });
    return probe(
      'versions-without-expand',
      page.value.some((v) => v.fields !== undefined) ? 'fields' : 'no-fields',
    );
  } catch (error: unknown) {
    return probe('versions-without-expand', failureOf(error));
  }
}

/** Does an upload session onto a taken path fail at once, or only at its last chunk? */
export async function uploadSessionProbe(
  client: GraphClient,
  site: SiteIds,
  path: string,
): Promise<Probe> {
  try {
    const session = await sendJson<{ uploadUrl?: string }>(client, {
      method: 'POST',
      url: `/drives/${site.recordsDriveId}/root:/${path}:/createUploadSession`,
      json: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
      label: 'doctor.probe',
    });
    if (session.uploadUrl !== undefined)
      await client.send({
        method: 'DELETE',
        url: session.uploadUrl,
        authenticated: false,
        label: 'doctor.probe',
      });
    return probe('upload-session-conflict', 'at-last-chunk');
  } catch (error: unknown) {
    return probe(
      'upload-session-conflict',
      isGraphCallError(error) && error.status === 409 ? 'at-creation' : failureOf(error),
    );
  }
}

/**
 * The questions about the records library's queries: may it be walked newest first along
 * `BronvastFiledAt` (the review queue and the history depend on it), and what does a filter on
 * two indexed fields get (Bronvast never sends one)?
 */
export async function queryProbes(client: GraphClient, site: SiteIds): Promise<Probe[]> {
  const items = `/sites/${site.siteId}/lists/${site.recordsListId}/items`;
  const ask = async (query: Record<string, string>): Promise<string> => {
    try {
      await sendJson(client, { method: 'GET', url: items, query, label: 'doctor.probe' });
      return 'answered';
    } catch (error: unknown) {
      return failureOf(error);
    }
  };
  const order = await ask({ $orderby: 'fields/BronvastFiledAt desc', $top: '1', $select: 'id' });
  const two = await ask({
    $filter: "fields/BronvastReviewStatus eq 'te-beoordelen' and fields/BronvastDossier eq 'x'",
    $top: '1',
  });
  return [
    probe('order-by-filing-time', order, order === 'answered'),
    probe('two-indexed-fields', two),
  ];
}

/** Does Graph let a page read Retry-After (Access-Control-Expose-Headers)? */
export async function retryAfterProbe(client: GraphClient, site: SiteIds): Promise<Probe> {
  try {
    const response = await client.send({
      method: 'GET',
      url: `/sites/${site.siteId}`,
      query: { $select: 'id' },
      headers: { Origin: 'https://bronvast-doctor.invalid' },
      label: 'doctor.probe',
    });
    const exposed = response.headers.get('access-control-expose-headers') ?? '';
    return probe('retry-after-exposed', /retry-after/i.test(exposed) ? 'exposed' : 'not-exposed');
  } catch (error: unknown) {
    return probe('retry-after-exposed', failureOf(error));
  }
}
