import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOSSIERS } from '../seed/dossiers';
import { bulkRecordFields, bulkRecordFolder, insertBulkRecords } from '../testing/bulk-records';
import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../testing/harness';

const COUNT = 5_200;
const HONOR = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

describe('a records list above the list view threshold', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-threshold-'));
  let test: TestEmulator;
  let siteId: string;
  // A dossier folder of the records area that only the records managers may open.
  const closed = `Archief/${DOSSIERS[1]?.kenmerk ?? ''}`;
  beforeAll(async () => {
    await insertBulkRecords(dataDir, COUNT);
    test = await startTestEmulator({ dataDir });
    let driveId: string;
    ({ siteId, driveId } = await demoIds(test));
    const folder = await test.json(`/drives/${driveId}/root:/${closed}`, { as: MANAGER });
    const shared = await test.json(`/drives/${driveId}/items/${String(folder.body['id'])}/invite`, {
      method: 'POST',
      as: MANAGER,
      body: {
        recipients: [{ email: 'bronvast-informatiebeheer@bronvast.example' }],
        roles: ['write'],
        retainInheritedPermissions: false,
      },
    });
    expect(shared.status).toBe(200);
  });
  afterAll(async () => {
    await test.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const records = (
    query: string,
    options: { as?: string; headers?: Record<string, string> } = {},
  ) =>
    test.json(`/sites/${siteId}/lists/Records/items?$expand=fields&${query}`, {
      as: MANAGER,
      ...options,
    });
  const fieldsOf = (body: { value?: Record<string, unknown>[] }) =>
    (body.value ?? []).map((item) => item['fields'] as Record<string, unknown>);

  it('refuses a filter or sort on a column without an index, even with the Prefer header', async () => {
    for (const query of ["$filter=fields/MailSubject eq 'x'", '$orderby=fields/MailSubject']) {
      const refused = await records(query, { headers: HONOR });
      expect(refused.status).toBe(400);
      expect(refused.body['error']).toEqual(
        expect.objectContaining({
          code: 'invalidRequest',
          message:
            'The attempted operation is prohibited because it exceeds the list view threshold.',
        }),
      );
      expect((await records(query)).status).toBe(400);
    }
  });

  it('answers queries on indexed columns from the index, correct and in order', async () => {
    const lookup = await records(
      "$filter=fields/BronvastDedupKey eq 'MAIL:bulk-4321@bronvast.example'",
    );
    expect(fieldsOf(lookup.body).map((fields) => fields['Title'])).toEqual(['Bulkrecord 4321']);
    const queue = await records(
      "$filter=fields/BronvastReviewStatus eq 'geaccepteerd' and fields/BronvastDossier eq 'BZK-2025-0021'&$orderby=fields/BronvastFiledAt desc&$top=3",
      { headers: HONOR },
    );
    const expected = Array.from({ length: COUNT }, (_, n) => bulkRecordFields(n))
      .filter(
        (f) =>
          f['BronvastReviewStatus'] === 'geaccepteerd' && f['BronvastDossier'] === 'BZK-2025-0021',
      )
      .map((f) => f['Title'])
      .reverse()
      .slice(0, 3);
    expect(expected).toHaveLength(3);
    expect(fieldsOf(queue.body).map((fields) => fields['Title'])).toEqual(expected);
    expect(queue.body['@odata.nextLink']).toEqual(expect.any(String));
  });

  it('trims what the caller may not read and pages on with the next link', async () => {
    const first = await records(
      "$filter=fields/BronvastFiledAt ge '2024-01-01T01:00:00Z'&$orderby=fields/BronvastFiledAt&$top=2",
      { as: OFFICER },
    );
    const readable = Array.from({ length: COUNT }, (_, n) => bulkRecordFields(n))
      .filter((fields) => String(fields['BronvastFiledAt']) >= '2024-01-01T01:00:00Z')
      .filter((fields) => bulkRecordFolder(fields) !== closed)
      .map((fields) => fields['Title']);
    const titles = fieldsOf(first.body).map((fields) => fields['Title']);
    expect(titles).toEqual(readable.slice(0, 2));
    expect(titles).toEqual(['Bulkrecord 60', 'Bulkrecord 62']);
    const next = await test.json(String(first.body['@odata.nextLink']), { as: OFFICER });
    expect(fieldsOf(next.body).map((fields) => fields['Title'])).toEqual(readable.slice(2, 4));
  });
});
