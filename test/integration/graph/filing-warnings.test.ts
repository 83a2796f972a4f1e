import {
  contentFromBytes,
  fileRecord,
  type FilingWarning,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import type { Message } from '../../../src/core/message';
import { aDraft, aMail, MANAGER, mimeOf, startHarness, type Harness } from './harness';

const FOLDER = 'BZK-2024-0113';
const LABEL = 'Archiefwaardig - blijvend bewaren';
let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  manager = harness.client(MANAGER);
  site = await harness.site(officer);
  await harness.site(manager);
});
afterAll(() => harness.stop());

const file = (
  client: GraphClient,
  message: Message,
  retentionLabel: string,
  repair?: readonly FilingWarning[],
) =>
  fileRecord(client, {
    site,
    content: contentFromBytes(mimeOf(message)),
    message,
    metadata: aDraft(message),
    dossierFolder: FOLDER,
    retentionLabel,
    ...(repair === undefined ? {} : { repair }),
  });

/** A fetch whose `$batch` steps write the audit event to a list that does not exist. */
function auditListGone(): typeof fetch {
  return (input, init) => {
    const body = init?.body;
    if (!String(input).includes('/$batch') || typeof body !== 'string') return fetch(input, init);
    return fetch(input, { ...init, body: body.split(site.auditListId).join('no-such-list') });
  };
}

async function labelOf(driveItemId: string): Promise<string | null> {
  const response = await manager.send({
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${driveItemId}/retentionLabel`,
    label: 'test.label',
  });
  if (response.status === 404) return null;
  return ((await response.json()) as { name: string }).name;
}

async function auditEventsFor(key: string): Promise<number> {
  const response = await manager.send({
    method: 'GET',
    url: `/sites/${site.siteId}/lists/${site.auditListId}/items`,
    query: {
      $filter: `fields/RecordDedupKey eq '${key.replace(/'/g, "''")}'`,
      $expand: 'fields',
      $top: '50',
    },
    headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    label: 'test.audit',
  });
  return ((await response.json()) as { value: unknown[] }).value.length;
}

describe('a record filed with warnings', () => {
  it('keeps the label failure as a warning, and a retry that repairs applies the label', async () => {
    const message = aMail();
    // A label name the record system refuses: the record is filed, the label is not.
    const first = await file(officer, message, ' ');
    expect(first).toMatchObject({ kind: 'filed', warnings: ['retention-label-not-applied'] });
    if (first.kind !== 'filed') return;
    const itemId = first.record.driveItemId ?? '';
    expect(await labelOf(itemId)).toBeNull();
    expect(await file(officer, message, LABEL)).toMatchObject({
      kind: 'already-filed',
      warnings: [],
    });
    expect(await labelOf(itemId)).toBeNull();
    const repaired = await file(officer, message, LABEL, ['retention-label-not-applied']);
    expect(repaired).toMatchObject({ kind: 'already-filed', warnings: [] });
    expect(await labelOf(itemId)).toBe(LABEL);
  });

  it('writes the audit event a first filing could not, once, on repair', async () => {
    const message = aMail();
    const failing = harness.client(undefined, auditListGone());
    const first = await file(failing, message, LABEL);
    expect(first).toMatchObject({ kind: 'filed', warnings: ['audit-event-not-written'] });
    if (first.kind !== 'filed') return;
    const key = first.record.metadata?.dedupKey ?? '';
    expect(await auditEventsFor(key)).toBe(0);
    const repaired = await file(officer, message, LABEL, ['audit-event-not-written']);
    expect(repaired).toMatchObject({ kind: 'already-filed', warnings: [] });
    expect(await auditEventsFor(key)).toBe(1);
  });

  it('reports what is still undone when the repair fails again', async () => {
    const message = aMail();
    const failing = harness.client(undefined, auditListGone());
    expect((await file(failing, message, LABEL)).kind).toBe('filed');
    const again = await file(failing, message, LABEL, ['audit-event-not-written']);
    expect(again).toMatchObject({ kind: 'already-filed', warnings: ['audit-event-not-written'] });
  });
});
