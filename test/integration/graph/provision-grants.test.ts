import { OFFICERS_GROUP, RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import { provisionGrants, type GraphClient, type SiteIds } from '../../../src/graph';
import { sendJson, sendOk } from '../../../src/graph/request';
import { DEMO_SITE, MANAGER, startHarness, type Harness } from './harness';

const GROUPS = { recordsManagers: RECORDS_MANAGERS_GROUP.id, officers: OFFICERS_GROUP.id };
let harness: Harness;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
});
afterAll(() => harness.stop());

interface Permission {
  readonly id: string;
  readonly roles: readonly string[];
  readonly grantedToV2?: { readonly group?: { readonly id: string } };
}

async function intakePermissions(): Promise<Permission[]> {
  const intake = await sendJson<{ id: string }>(manager, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/root:/Aanlevering`,
    label: 'test',
  });
  const list = await sendJson<{ value: Permission[] }>(manager, {
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/items/${intake.id}/permissions`,
    label: 'test',
  });
  return list.value.map((entry) => ({ ...entry, itemId: intake.id }));
}

describe('provisioning the records library areas', () => {
  it('finds the demo site complete: nothing to add, nothing for the administrator', async () => {
    expect(await provisionGrants(manager, DEMO_SITE, GROUPS)).toEqual({
      foldersCreated: [],
      grantsAdded: [],
      problems: [],
    });
  });

  it('gives the officers back their write in the intake area, through invite', async () => {
    const intake = await sendJson<{ id: string }>(manager, {
      method: 'GET',
      url: `/drives/${site.recordsDriveId}/root:/Aanlevering`,
      label: 'test',
    });
    const officers = (await intakePermissions()).find(
      (entry) =>
        entry.grantedToV2?.group?.id === OFFICERS_GROUP.id && entry.roles.includes('write'),
    );
    await sendOk(manager, {
      method: 'DELETE',
      url: `/drives/${site.recordsDriveId}/items/${intake.id}/permissions/${officers?.id ?? ''}`,
      label: 'test',
    });
    expect(await provisionGrants(manager, DEMO_SITE, GROUPS)).toMatchObject({
      grantsAdded: ['Aanlevering: write'],
      problems: [],
    });
    expect(
      (await intakePermissions()).some(
        (entry) =>
          entry.grantedToV2?.group?.id === OFFICERS_GROUP.id && entry.roles.includes('write'),
      ),
    ).toBe(true);
  });

  it('names a records managers group that does not own the site', async () => {
    const report = await provisionGrants(manager, DEMO_SITE, {
      ...GROUPS,
      recordsManagers: OFFICERS_GROUP.id,
    });
    expect(report.problems).toEqual([
      'records-managers-not-owners',
      'officers-can-write-outside-intake',
    ]);
  });
});
