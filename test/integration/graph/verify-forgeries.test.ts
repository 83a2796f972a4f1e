import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import { runCli } from '../../../src/cli/run-cli';
import type { CliIo } from '../../../src/cli/shared/cli-io';
import { asDossierId, type DossierId } from '../../../src/core/ids';
import {
  applyReview,
  contentFromBytes,
  fileRecord,
  getReviewItem,
  moveRecordFiles,
  reviewTargetOf,
  saveRelevanceAdjustment,
  type GraphClient,
  type ReviewItem,
  type SiteIds,
} from '../../../src/graph';
import { isGraphCallError } from '../../../src/graph/GraphCallError';
import { settingsDrive } from '../../../src/graph/records-review/relevance-adjustment-store';
import { sendJson, sendOk } from '../../../src/graph/request';
import { aDraft, aMail, DEMO_SITE, MANAGER, mimeOf, OFFICER, startHarness } from './harness';
import type { Harness } from './harness';

const ENV = {
  BRONVAST_GRAPH_TOKEN: `dev:${MANAGER}`,
  BRONVAST_RECORDS_MANAGERS_GROUP: RECORDS_MANAGERS_GROUP.id,
};
let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client(OFFICER);
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
});
afterAll(() => harness.stop());

async function file(client: GraphClient, dossier: DossierId, subject: string): Promise<string> {
  const message = aMail({ subject });
  const result = await fileRecord(client, {
    site,
    content: contentFromBytes(mimeOf(message, 1500)),
    message,
    metadata: { ...aDraft(message, client === manager ? MANAGER : OFFICER), dossier },
    dossierFolder: dossier,
  });
  if (result.kind !== 'filed') throw new Error(result.kind);
  return result.record.id;
}

async function item(id: string): Promise<ReviewItem> {
  const found = await getReviewItem(manager, site, id as ReviewItem['record']['id']);
  if (found === null) throw new Error('gone');
  return found;
}

async function verify(dossier?: DossierId): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIo = { writeLine: async (line) => void out.push(line), writeError: () => {} };
  const code = await runCli(
    [
      'verify',
      '--graph-url',
      harness.emulator.baseUrl,
      '--site',
      `${DEMO_SITE.hostname}:${DEMO_SITE.path}`,
      ...(dossier === undefined ? [] : ['--dossier', dossier]),
    ],
    io,
    ENV,
  );
  return { code, out: out.join('\n') };
}

const fields = (client: GraphClient, id: string, json: Record<string, unknown>) =>
  sendOk(client, {
    method: 'PATCH',
    url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${id}/fields`,
    json,
    label: 'test.forge',
  });

describe('two filers and two records managers at once', () => {
  it('leave a chain bronvast verify finds nothing wrong with', async () => {
    const dossier = asDossierId('BZK-2025-0301');
    const ids = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        file(index % 2 === 0 ? officer : manager, dossier, `Gelijktijdig ${index}`),
      ),
    );
    const targets = await Promise.all(
      ids.map(async (id) => {
        const target = reviewTargetOf(await item(id));
        if (target === null) throw new Error('no target');
        return target;
      }),
    );
    // Overlapping selections, decided at the same moment: records 4-7 by both.
    const [first, second] = await Promise.all([
      applyReview(manager, site, targets.slice(0, 8), { kind: 'accept' }, MANAGER),
      applyReview(
        harness.client(MANAGER),
        site,
        targets.slice(4),
        { kind: 'reject', reason: 'Dubbel' },
        MANAGER,
      ),
    ]);
    const kinds = [...first, ...second].map((outcome) => outcome.kind);
    expect(kinds.filter((kind) => kind === 'done')).toHaveLength(12);
    expect(kinds.filter((kind) => kind === 'changed-meanwhile')).toHaveLength(4);
    const moves = await moveRecordFiles(
      manager,
      site,
      ids.map((id) => id as ReviewItem['record']['id']),
      dossier,
    );
    expect(moves.every((move) => move.kind === 'moved')).toBe(true);
    const verified = await verify(dossier);
    expect(verified.out).toMatch(/12 records en \d+ logboekgebeurtenissen gecontroleerd/);
    expect(verified.out.split('\n').filter((line) => line.startsWith('record '))).toEqual([]);
    expect(verified.code).toBe(0);
  });
});

describe("every forgery of an officer, and a records manager's edit of the log", () => {
  const dossier = asDossierId('BZK-2025-0113');
  const forged = new Map<string, string>();
  let honest: ReviewItem;

  beforeAll(async () => {
    const id = await file(officer, dossier, 'Eerlijk record');
    const target = reviewTargetOf(await item(id));
    if (target === null) throw new Error('no target');
    await applyReview(manager, site, [target], { kind: 'accept' }, MANAGER);
    await moveRecordFiles(manager, site, [target.id], dossier);
    honest = await item(id);

    // W2: filed by hand, accepted in its first column write, linked to another record's event.
    const put = await sendJson<{ id: string }>(officer, {
      method: 'PUT',
      url: `/drives/${site.recordsDriveId}/root:/Aanlevering/${dossier}/self.eml:/content`,
      bytes: new TextEncoder().encode('Subject: Zelf geaccepteerd\r\n\r\nbody\r\n'),
      label: 'test.forge',
    });
    const listItem = await sendJson<{ id: string }>(officer, {
      method: 'GET',
      url: `/drives/${site.recordsDriveId}/items/${put.id}/listItem`,
      label: 'test.forge',
    });
    await fields(officer, listItem.id, {
      BronvastSourceKind: 'mail',
      BronvastDedupKey: 'mail:self@x',
      BronvastDossier: dossier,
      BronvastAssessment: 'openbaar',
      BronvastFiledBy: OFFICER,
      BronvastFiledAt: '2025-11-19T09:00:00Z',
      BronvastSha256: 'a'.repeat(64),
      BronvastReviewStatus: 'geaccepteerd',
      BronvastLastAuditEvent: honest.auditLink,
      MailSubject: 'Zelf geaccepteerd',
    });
    forged.set('first-write', listItem.id);
    // W5: integrity columns rewritten, the audit link set alone, content swapped at the same size.
    const rewrites: [string, Record<string, unknown>][] = [
      ['filed-by', { BronvastFiledBy: MANAGER }],
      ['filed-at', { BronvastFiledAt: '2030-01-01T00:00:00Z' }],
      ['sha256', { BronvastSha256: '0'.repeat(64) }],
      ['link', { BronvastLastAuditEvent: honest.auditLink }],
    ];
    for (const [name, json] of rewrites) {
      const record = await file(officer, dossier, `Herschreven ${name}`);
      await fields(officer, record, json);
      forged.set(name, record);
    }
    const swapped = await file(officer, dossier, 'Inhoud vervangen');
    const drive = await sendJson<{ id: string; size: number }>(officer, {
      method: 'GET',
      url: `/sites/${site.siteId}/lists/${site.recordsListId}/items/${swapped}/driveItem`,
      label: 'test.file',
    });
    await sendOk(officer, {
      method: 'PUT',
      url: `/drives/${site.recordsDriveId}/items/${drive.id}/content`,
      bytes: new TextEncoder().encode('x'.repeat(drive.size)),
      label: 'test.swap',
    });
    forged.set('swap', swapped);
  });

  it('lets only the records managers write the learnt adjustment', async () => {
    const poison = { version: 1 as const, bias: -1000, weights: {}, labels: {} };
    const refused: unknown = await saveRelevanceAdjustment(officer, site, poison).catch((e) => e);
    expect(isGraphCallError(refused) && refused.status).toBe(403);
    await saveRelevanceAdjustment(manager, site, poison);
    expect(await settingsDrive(manager, site)).toBeTruthy();
  });

  it("leaves the officer's own acceptance out of the export of accepted records", async () => {
    const out = path.join(tmpdir(), `bronvast-verify-forgeries-${Date.now()}.csv`);
    const err: string[] = [];
    const io: CliIo = { writeLine: async () => {}, writeError: (line) => void err.push(line) };
    const code = await runCli(
      [
        'export',
        'inventaris',
        '--graph-url',
        harness.emulator.baseUrl,
        '--site',
        `${DEMO_SITE.hostname}:${DEMO_SITE.path}`,
        '--dossier',
        dossier,
        '--status',
        'geaccepteerd',
        '--out',
        out,
      ],
      io,
      ENV,
    );
    const csv = readFileSync(out, 'utf8');
    rmSync(out, { force: true });
    expect(code).toBe(0);
    expect(csv).toContain('Eerlijk record');
    expect(csv).not.toContain('Zelf geaccepteerd');
    expect(err.join('\n')).toMatch(/Niet meegenomen: [1-9]\d* record\(s\) met status geaccepteerd/);
  });

  it("names each of them, and the honest record's edited acceptance, in bronvast verify, and exits 1", async () => {
    // A records manager edits the honest record's acceptance in the audit list, a moment later
    // (the record system's times are whole seconds).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const eventId = honest.auditLink.split(':')[0] ?? '';
    await sendOk(manager, {
      method: 'PATCH',
      url: `/sites/${site.siteId}/lists/${site.auditListId}/items/${eventId}/fields`,
      json: { Details: '{"records":[]}' },
      label: 'test.edit-event',
    });
    const verified = await verify(dossier);
    expect(verified.code).toBe(1);
    const about = (id: string | undefined) =>
      verified.out
        .split('\n')
        .filter((line) => line.startsWith(`record ${id ?? '?'} `))
        .join('\n');
    expect(about(forged.get('first-write'))).toMatch(/Bij het vastleggen .* beoordelingsstatus/);
    expect(about(forged.get('first-write'))).toMatch(/telt niet als beoordeeld/);
    expect(about(forged.get('filed-by'))).toMatch(
      /BronvastFiledBy is na het vastleggen gewijzigd door beleid@/,
    );
    expect(about(forged.get('filed-at'))).toMatch(/BronvastFiledAt is na het vastleggen gewijzigd/);
    expect(about(forged.get('sha256'))).toMatch(/BronvastSha256 is na het vastleggen gewijzigd/);
    expect(about(forged.get('sha256'))).toMatch(/past niet meer bij de vastgelegde SHA-256/);
    expect(about(forged.get('link'))).toMatch(/koppeling aan het logboek is gezet door beleid@/);
    expect(about(forged.get('link'))).toMatch(/gaat over een ander record/);
    expect(about(forged.get('swap'))).toMatch(/SHA-256: gewijzigd door beleid@bronvast\.example/);
    expect(about(honest.record.id)).toMatch(
      /Logboekgebeurtenis \d+ is gewijzigd nadat ze werd geschreven/,
    );
    expect(verified.out).toMatch(
      /logboek: Logboekgebeurtenis \d+ is na het schrijven gewijzigd door informatiebeheer@/,
    );
    expect(verified.out).toMatch(/geleerde relevantie: .*gewichten die leren nooit schrijft/);
  });
});
