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

  it("writes no audit event: the record's own first versions say who filed it and when", async () => {
    const message = aMail();
    const first = await file(officer, message, LABEL);
    expect(first).toMatchObject({ kind: 'filed', warnings: [] });
    if (first.kind !== 'filed') return;
    expect(await auditEventsFor(first.record.metadata?.dedupKey ?? '')).toBe(0);
    const versions = await manager.send({
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${first.record.id}/versions`,
      label: 'test.versions',
    });
    const oldest = ((await versions.json()) as { value: { lastModifiedBy: unknown }[] }).value.at(
      -1,
    );
    expect(oldest?.lastModifiedBy).toEqual({
      user: expect.objectContaining({ email: 'beleid@bronvast.example' }),
    });
    // A job of an earlier version that could not write its filing event: nothing to repair.
    const repaired = await file(officer, message, LABEL, ['audit-event-not-written']);
    expect(repaired).toMatchObject({ kind: 'already-filed', warnings: [] });
    expect(await auditEventsFor(first.record.metadata?.dedupKey ?? '')).toBe(0);
  });
});
