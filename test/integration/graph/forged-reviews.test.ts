import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import { asDossierId } from '../../../src/core/ids';
import { linkDiscrepancies } from '../../../src/core/trust/link-checks';
import { runCli } from '../../../src/cli/run-cli';
import type { CliIo } from '../../../src/cli/shared/cli-io';
import {
  applyReview,
  contentFromBytes,
  fileRecord,
  getReviewItem,
  listAuditTrail,
  loadRecordsManagers,
  moveRecordFiles,
  readAuditEvents,
  reviewTargetOf,
  type GraphClient,
  type ReviewItem,
  type SiteIds,
} from '../../../src/graph';
import { sendJson, sendOk } from '../../../src/graph/request';
import {
  aDraft,
  aMail,
  DEMO_SITE,
  MANAGER,
  mimeOf,
  OFFICER,
  startHarness,
  type Harness,
} from './harness';

const DOSSIER = asDossierId('BZK-2025-0113');
let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client(OFFICER);
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  await harness.site(officer);
});
afterAll(() => harness.stop());

async function file(client: GraphClient, bytes = 2000): Promise<ReviewItem> {
  const message = aMail();
  const result = await fileRecord(client, {
    site,
    content: contentFromBytes(mimeOf(message, bytes)),
    message,
    metadata: { ...aDraft(message, client === manager ? MANAGER : OFFICER), dossier: DOSSIER },
    dossierFolder: DOSSIER,
  });
  if (result.kind !== 'filed') throw new Error(result.kind);
  return reload(result.record.id);
}

async function reload(id: string): Promise<ReviewItem> {
  const item = await getReviewItem(manager, site, id as ReviewItem['record']['id']);
  if (item === null) throw new Error('gone');
  return item;
}

/** What the queue says of a record: the quick check of its status against its last event. */
async function queueCheck(item: ReviewItem): Promise<string[]> {
  const events = await readAuditEvents(manager, site, [item.auditLink.split(':')[0] ?? '']);
  const managers = await loadRecordsManagers(manager, RECORDS_MANAGERS_GROUP.id);
  const fields = { ...item.reviewState, BronvastLastAuditEvent: item.auditLink };
  return linkDiscrepancies({ id: item.record.id, fields, area: item.area }, events, managers, false)
    .map((d) => d.code)
    .sort();
}

async function cli(
  args: readonly string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    writeLine: async (line) => void out.push(line),
    writeError: (line) => void err.push(line),
  };
  const env = {
    BRONVAST_GRAPH_TOKEN: `dev:${MANAGER}`,
    BRONVAST_RECORDS_MANAGERS_GROUP: RECORDS_MANAGERS_GROUP.id,
  };
  const code = await runCli(args, io, env);
  return { code, out, err };
}

describe('reviews only a records manager can make', () => {
  let honest: ReviewItem;
  let forged: ReviewItem;

  it('accepts as a records manager: one chained event, the file moved into the records area', async () => {
    const filed = await file(officer);
    const target = reviewTargetOf(filed);
    if (target === null) throw new Error('no target');
    const [outcome] = await applyReview(manager, site, [target], { kind: 'accept' }, MANAGER);
    expect(outcome?.kind).toBe('done');
    expect((await moveRecordFiles(manager, site, [filed.record.id], DOSSIER))[0]?.kind).toBe(
      'moved',
    );
    honest = await reload(filed.record.id);
    expect(honest.area).toBe('records');
    expect(honest.auditLink).toMatch(/^\d+:[0-9a-f]{64}$/);
    expect(await queueCheck(honest)).toEqual([]);
  });

  it('refuses every review action of an officer', async () => {
    const filed = await file(officer);
    const target = reviewTargetOf(filed);
    if (target === null) throw new Error('no target');
    for (const action of [
      { kind: 'accept' } as const,
      { kind: 'reject', reason: 'Zelf' } as const,
      { kind: 'reclassify', wooCategory: null, assessment: 'openbaar', grounds: [] } as const,
      { kind: 'move', dossier: asDossierId('BZK-2025-0021') } as const,
    ]) {
      const [outcome] = await applyReview(officer, site, [target], action, OFFICER);
      expect(outcome?.kind).toBe('failed');
    }
    expect((await moveRecordFiles(officer, site, [filed.record.id], DOSSIER))[0]?.kind).toBe(
      'forbidden',
    );
    const after = await reload(filed.record.id);
    expect(after.reviewState.BronvastReviewStatus).toBe('te-beoordelen');
    expect(after.area).toBe('intake');
  });

  it("shows an officer's own acceptance for what it is, in the queue, the export and bronvast verify", async () => {
    const filed = await file(officer);
    // Her own record, made to look accepted, linked to the manager's event about another record.
    await sendOk(officer, {
      method: 'PATCH',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${filed.record.id}/fields`,
      json: { BronvastReviewStatus: 'geaccepteerd', BronvastLastAuditEvent: honest.auditLink },
      label: 'test.forge',
    });
    forged = await reload(filed.record.id);
    expect(await queueCheck(forged)).toEqual([
      'audit-event-other-record',
      'reviewed-still-in-intake',
      'status-without-review',
    ]);
    // The audit trail shows no other record's acceptance as hers; the honest record keeps its own.
    const trail = async (item: ReviewItem) =>
      (await listAuditTrail(manager, site, item.record.metadata?.dedupKey ?? '', item.record.id))
        .map((event) => `${event.action} ${event.author?.address ?? ''}`)
        .join('; ');
    expect(await trail(forged)).not.toMatch(/accept/);
    expect(await trail(honest)).toMatch(new RegExp(`accept\\w* ${MANAGER}`));
    const out = `${process.env['TMPDIR'] ?? '/tmp'}/bronvast-forged-${Date.now()}.csv`;
    const exported = await cli([
      'export',
      'inventaris',
      '--graph-url',
      harness.emulator.baseUrl,
      '--site',
      `${DEMO_SITE.hostname}:${DEMO_SITE.path}`,
      '--dossier',
      DOSSIER,
      '--status',
      'geaccepteerd',
      '--out',
      out,
    ]);
    expect([exported.code, exported.err]).toEqual([0, expect.anything()]);
    expect(exported.out.join('\n')).toMatch(/1 rijen uit 1 records/);
    expect(exported.err.join('\n')).toContain(
      'Niet meegenomen: 1 record(s) met status geaccepteerd',
    );
  });

  it("names a content swap with the version history's author, and every forgery, in bronvast verify", async () => {
    const filed = await file(officer);
    const { id } = await sendJson<{ id: string }>(officer, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${filed.record.id}/driveItem`,
      label: 'test.file',
    });
    const drive = `/drives/${site.recordsDriveId}/items/${id}`;
    await sendOk(officer, {
      method: 'PUT',
      url: `${drive}/content`,
      bytes: new TextEncoder().encode('vervangen'),
      label: 'test.swap',
    });
    const verified = await cli([
      'verify',
      '--graph-url',
      harness.emulator.baseUrl,
      '--site',
      `${DEMO_SITE.hostname}:${DEMO_SITE.path}`,
    ]);
    expect(verified.code).toBe(1);
    const lines = verified.out.join('\n');
    expect(lines).toContain(`record ${filed.record.id}`);
    expect(lines).toMatch(
      /De inhoud past niet meer bij de vastgelegde SHA-256: gewijzigd door beleid@bronvast\.example/,
    );
    expect(lines).toContain(`record ${forged.record.id}`);
    expect(lines).toMatch(
      /BronvastReviewStatus is gewijzigd door beleid@bronvast\.example, geen informatiebeheerder/,
    );
    expect(lines).not.toContain(`record ${honest.record.id} `);
    expect(verified.out.at(-1)).toMatch(
      /records en \d+ logboekgebeurtenissen gecontroleerd: \d+ afwijkingen/,
    );
  });
});
