import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOSSIERS } from '../../seed/dossiers';
import { bulkRecordFields, bulkRecordFolder, insertBulkRecords } from '../../testing/bulk-records';
import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

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

  const tooManyResources = expect.objectContaining({
    code: 'notSupported',
    message: 'The request is unprocessable because it uses too many resources',
    innerError: expect.objectContaining({ code: 'tooManyResources' }),
  });

  it('refuses a filter or sort on a column without an index, even with the Prefer header', async () => {
    const query = "$filter=fields/BronvastSha256 eq 'x'";
    const refused = await records(query, { headers: HONOR });
    expect(refused.status).toBe(400);
    expect(refused.body['error']).toEqual(tooManyResources);
    const withoutPrefer = await records(query);
    expect(withoutPrefer.status).toBe(400);
    expect(withoutPrefer.body['error']).toEqual(
      expect.objectContaining({ code: 'invalidRequest' }),
    );
    // An order needs an indexed column at any size.
    expect((await records('$orderby=fields/MailSent', { headers: HONOR })).status).toBe(400);
  });

  it('refuses a filter whose indexed field matches more than 5,000 items', async () => {
    const all = await records("$filter=fields/BronvastFiledAt ge '2024-01-01T00:00:00Z'&$top=10");
    expect(all.status).toBe(400);
    expect(all.body['error']).toEqual(tooManyResources);
    const narrow = await records(
      "$filter=fields/BronvastFiledAt ge '2024-01-03T00:00:00Z'&$orderby=fields/BronvastFiledAt&$top=2",
    );
    expect(narrow.status).toBe(200);
    expect(fieldsOf(narrow.body).map((fields) => fields['Title'])).toEqual([
      'Bulkrecord 2880',
      'Bulkrecord 2881',
    ]);
  });

  it('answers an indexed lookup from the index, and walks an index newest first without a filter', async () => {
    const lookup = await records(
      "$filter=fields/BronvastDedupKey eq 'MAIL:bulk-4321@bronvast.example'",
    );
    expect(fieldsOf(lookup.body).map((fields) => fields['Title'])).toEqual(['Bulkrecord 4321']);
    const newest = await records('$orderby=fields/BronvastFiledAt desc&$top=3');
    expect(fieldsOf(newest.body).map((fields) => fields['Title'])).toEqual([
      `Bulkrecord ${COUNT - 1}`,
      `Bulkrecord ${COUNT - 2}`,
      `Bulkrecord ${COUNT - 3}`,
    ]);
    expect(newest.body['@odata.nextLink']).toEqual(expect.any(String));
    const next = await test.json(String(newest.body['@odata.nextLink']), { as: MANAGER });
    expect(fieldsOf(next.body).map((fields) => fields['Title'])[0]).toBe(`Bulkrecord ${COUNT - 4}`);
  });

  it('trims what the caller may not read and pages on with the next link', async () => {
    const first = await records(
      "$filter=fields/BronvastFiledAt ge '2024-01-03T00:00:00Z'&$orderby=fields/BronvastFiledAt&$top=2",
      { as: OFFICER },
    );
    const readable = Array.from({ length: COUNT }, (_, n) => bulkRecordFields(n))
      .filter((fields) => String(fields['BronvastFiledAt']) >= '2024-01-03T00:00:00Z')
      .filter((fields) => bulkRecordFolder(fields) !== closed)
      .map((fields) => fields['Title']);
    const titles = fieldsOf(first.body).map((fields) => fields['Title']);
    expect(titles).toEqual(readable.slice(0, 2));
    expect(titles).toHaveLength(2);
    const next = await test.json(String(first.body['@odata.nextLink']), { as: OFFICER });
    expect(fieldsOf(next.body).map((fields) => fields['Title'])).toEqual(readable.slice(2, 4));
  });
});
