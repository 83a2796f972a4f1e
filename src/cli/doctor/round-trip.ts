import {
  downloadDriveItem,
  fetchAllPages,
  isGraphCallError,
  sendJson,
  type GraphClient,
  type GraphDriveItem,
  type SiteIds,
} from '../../graph';
import type { DoctorFinding, RoundTripStep } from './doctor-finding';
import { uploadSessionProbe, versionsProbe } from './probes';

/** The scratch folder of the records library the round trip writes in. */
export const SCRATCH_FOLDER = '_bronvast-doctor';

type Step = (finding: DoctorFinding) => void;

/**
 * Writes, reads back and deletes one scratch file in the records library, as a filing does:
 * upload, columns (one of them longer than a single line holds), the version history with its
 * column values, the download through `@microsoft.graph.downloadUrl` without Authorization,
 * and `DELETE` (the file is no record, so it may go). One finding per step; the file is deleted
 * even when a step in between failed. The two open questions a file settles are asked on the way.
 */
export async function writeRoundTrip(
  client: GraphClient,
  site: SiteIds,
  now: Date,
): Promise<DoctorFinding[]> {
  const findings: DoctorFinding[] = [];
  const add: Step = (finding) => findings.push(finding);
  const text = `Bronvast doctor ${now.toISOString()}`;
  const path = `${SCRATCH_FOLDER}/controle-${now.getTime()}.txt`;
  const item = await step(add, 'upload', () =>
    sendJson<GraphDriveItem>(client, {
      method: 'PUT',
      url: `/drives/${site.recordsDriveId}/root:/${path}:/content`,
      query: { '@microsoft.graph.conflictBehavior': 'fail' },
      bytes: new TextEncoder().encode(text),
      headers: { 'Content-Type': 'text/plain' },
      label: 'doctor.upload',
    }),
  );
  if (item === undefined) return findings;
  const listItem = await step(add, 'columns', () => writeColumns(client, site, item.id, text));
  if (listItem !== undefined) {
    await step(add, 'version', () => checkVersion(client, site, listItem, text));
    add(await versionsProbe(client, site, listItem));
  }
  await step(add, 'download', async () => {
    const { response } = await downloadDriveItem(
      client,
      site.recordsDriveId,
      { id: item.id },
      'doctor.download',
    );
    const read = await response.text();
    if (read !== text) throw new Error('the download differs from the upload');
  });
  add(await uploadSessionProbe(client, site, path));
  await step(add, 'delete', () => remove(client, site, item.id));
  return findings;
}

async function step<T>(
  add: Step,
  name: RoundTripStep,
  run: () => Promise<T>,
): Promise<T | undefined> {
  try {
    const value = await run();
    add({ check: 'round-trip', step: name });
    return value;
  } catch (error: unknown) {
    const detail = isGraphCallError(error)
      ? `${error.status} ${error.code ?? error.kind}`
      : error instanceof Error
        ? error.message
        : String(error);
    add({ check: 'round-trip', step: name, error: detail });
    return undefined;
  }
}

async function writeColumns(
  client: GraphClient,
  site: SiteIds,
  driveItemId: string,
  text: string,
): Promise<string> {
  const listItem = await sendJson<{ id: string }>(client, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${driveItemId}/listItem`,
    query: { $select: 'id' },
    label: 'doctor.columns',
  });
  await sendJson(client, {
    method: 'PATCH',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${listItem.id}/fields`,
    json: { BronvastToelichting: text, MailSubject: `${text} ${'lang onderwerp '.repeat(20)}` },
    label: 'doctor.columns',
  });
  return listItem.id;
}

async function checkVersion(client: GraphClient, site: SiteIds, listItemId: string, text: string) {
  const versions = await fetchAllPages<{ fields?: Record<string, unknown> }>(client, {
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${listItemId}/versions`,
    query: { $expand: 'fields' },
    label: 'doctor.version',
  });
  if (!versions.some((version) => version.fields?.['BronvastToelichting'] === text))
    throw new Error('no version holds the columns just written');
}

/** Deletes the scratch file, and the scratch folder when nothing else is left in it. */
async function remove(client: GraphClient, site: SiteIds, driveItemId: string): Promise<void> {
  const drive = `/drives/${site.recordsDriveId}`;
  await sendJson(client, {
    method: 'DELETE',
    url: `${drive}/items/${driveItemId}`,
    label: 'doctor.delete',
  });
  const folder = await sendJson<{ id: string }>(client, {
    method: 'GET',
    url: `${drive}/root:/${SCRATCH_FOLDER}`,
    query: { $select: 'id' },
    label: 'doctor.delete',
  });
  const left = await fetchAllPages(client, {
    method: 'GET',
    url: `${drive}/items/${folder.id}/children`,
    query: { $select: 'id' },
    label: 'doctor.delete',
  });
  if (left.length === 0)
    await sendJson(client, {
      method: 'DELETE',
      url: `${drive}/items/${folder.id}`,
      label: 'doctor.delete',
    });
}
