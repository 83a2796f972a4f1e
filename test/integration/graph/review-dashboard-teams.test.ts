import { asDossierId } from '../../../src/core/ids';
import { contentFromBytes, fileRecord, type SiteIds } from '../../../src/graph';
import { buildReviewServices } from '../../../src/review/build-review-services';
import { summarize } from '../../../src/review/dashboard/summarize';
import { aDraft, aMail, MANAGER, mimeOf, OFFICER, startHarness, type Harness } from './harness';
import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';

let harness: Harness;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  site = await harness.site(harness.client(MANAGER));
  const filers = [OFFICER, OFFICER, MANAGER];
  for (const [index, filer] of filers.entries()) {
    const message = aMail({ subject: `Teamoverleg ${index}` });
    await fileRecord(harness.client(filer), {
      site,
      content: contentFromBytes(mimeOf(message, 600, index + 1)),
      message,
      metadata: { ...aDraft(message, filer), dossier: asDossierId('BZK-2025-0113') },
      dossierFolder: asDossierId('BZK-2025-0113'),
    });
  }
});
afterAll(() => harness.stop());

describe('the dashboard’s teams', () => {
  it('groups the records by the filer’s department from the directory', async () => {
    const services = buildReviewServices({
      client: harness.client(MANAGER),
      site: () => Promise.resolve(site),
      user: { address: MANAGER, displayName: 'Marloes Bakker' },
      recordsManagersGroup: RECORDS_MANAGERS_GROUP.id,
      organisationDomains: [],
    });
    const records = await services.dashboard();
    const rows = summarize(records, 'team', new Date());
    expect(Object.fromEntries(rows.map((row) => [row.key, row.filed]))).toEqual({
      'Directie Open Overheid': 2,
      Informatiehuishouding: 1,
    });
  });
});
