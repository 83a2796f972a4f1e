import { OFFICERS_GROUP, RECORDS_MANAGERS_GROUP } from '../../seed/users';
import {
  ARCHIVE,
  demoIds,
  INTAKE,
  MANAGER,
  startTestEmulator,
  type TestEmulator,
} from '../../testing/harness';

type Permission = {
  id: string;
  roles: string[];
  grantedToV2: { group?: { id: string }; user?: { id: string; email: string } };
};

describe('permissions as Graph exposes them, and who is in which group', () => {
  let test: TestEmulator;
  let siteId: string;
  let driveId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId, driveId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  const permissions = async (address: string, as?: string) =>
    ((await test.json(`/drives/${driveId}/${address}/permissions`, as === undefined ? {} : { as }))
      .body.value ?? []) as unknown as Permission[];
  const grant = (entry: Permission) =>
    `${entry.grantedToV2.group?.id ?? entry.grantedToV2.user?.email ?? ''}:${entry.roles.join()}`;
  const upload = (path: string, as?: string) =>
    test.json(`/drives/${driveId}/root:/${path}:/content`, {
      method: 'PUT',
      body: 'inhoud',
      ...(as === undefined ? {} : { as }),
    });

  it("shows the site's grants to its owner, and an officer only what applies to her", async () => {
    expect((await permissions('root', MANAGER)).map(grant).sort()).toEqual(
      [`${OFFICERS_GROUP.id}:read`, `${RECORDS_MANAGERS_GROUP.id}:owner`].sort(),
    );
    expect((await permissions('root')).map(grant)).toEqual([`${OFFICERS_GROUP.id}:read`]);
    const intake = (await test.json(`/drives/${driveId}/root:/${INTAKE}`, { as: MANAGER })).body;
    expect((await permissions(`items/${String(intake['id'])}`, MANAGER)).map(grant).sort()).toEqual(
      [`${OFFICERS_GROUP.id}:read,write`, `${RECORDS_MANAGERS_GROUP.id}:owner`].sort(),
    );
  });

  it('lets only an owner share, never at the root, and breaks inheritance as asked', async () => {
    const file = await upload(`${ARCHIVE}/BZK-2025-0113/besloten.eml`, MANAGER);
    const id = String(file.body['id']);
    const body = {
      recipients: [{ objectId: RECORDS_MANAGERS_GROUP.id }],
      roles: ['write'],
      retainInheritedPermissions: false,
    };
    const invite = (address: string, as?: string) =>
      test.json(`/drives/${driveId}/${address}/invite`, {
        method: 'POST',
        body,
        ...(as === undefined ? {} : { as }),
      });
    expect((await invite(`items/${id}`)).status).toBe(403);
    expect((await invite('root', MANAGER)).status).toBe(400);
    expect((await test.call(`/drives/${driveId}/items/${id}`)).status).toBe(200);
    const shared = await invite(`items/${id}`, MANAGER);
    expect(shared.status).toBe(200);
    expect((await permissions(`items/${id}`, MANAGER)).map(grant)).toEqual([
      `${RECORDS_MANAGERS_GROUP.id}:write`,
    ]);
    // Its inheritance is broken: the officers' read on the site no longer reaches it.
    expect((await test.call(`/drives/${driveId}/items/${id}`)).status).toBe(403);
    const items = await test.json(
      `/sites/${siteId}/lists/Records/items?$expand=fields($select=FileLeafRef)&$top=500`,
    );
    expect(JSON.stringify(items.body.value)).not.toContain('besloten.eml');
  });

  it('changes and removes only the permissions an item has itself', async () => {
    const file = await upload(`${INTAKE}/BZK-2025-0021/gedeeld.eml`);
    const id = String(file.body['id']);
    const inherited = await permissions(`items/${id}`, MANAGER);
    const site = inherited.find((entry) => entry.roles.includes('owner'));
    const address = (permission: string) =>
      `/drives/${driveId}/items/${id}/permissions/${permission}`;
    const refused = await test.json(address(site?.id ?? ''), { method: 'DELETE', as: MANAGER });
    expect(refused.status).toBe(400);
    const granted = await test.json(`/drives/${driveId}/items/${id}/invite`, {
      method: 'POST',
      as: MANAGER,
      body: { recipients: [{ email: 'beleid@bronvast.example' }], roles: ['read'] },
    });
    const own = String((granted.body.value?.[0] as { id: string } | undefined)?.id);
    const changed = await test.json(address(own), {
      method: 'PATCH',
      as: MANAGER,
      body: { roles: ['write'] },
    });
    expect(changed.body['roles']).toEqual(['write']);
    expect((await test.call(address(own), { method: 'DELETE' })).status).toBe(403);
    expect((await test.call(address(own), { method: 'DELETE', as: MANAGER })).status).toBe(204);
  });

  it("answers the signed-in user's groups and a group's members", async () => {
    const ids = { groupIds: [RECORDS_MANAGERS_GROUP.id, OFFICERS_GROUP.id] };
    const mine = await test.json('/me/checkMemberGroups', { method: 'POST', body: ids });
    expect(mine.body.value).toEqual([OFFICERS_GROUP.id]);
    const managers = await test.json('/me/checkMemberGroups', {
      method: 'POST',
      as: MANAGER,
      body: ids,
    });
    expect(managers.body.value).toEqual([RECORDS_MANAGERS_GROUP.id, OFFICERS_GROUP.id]);
    const memberOf = await test.json('/me/transitiveMemberOf?$select=id,displayName');
    expect((memberOf.body.value ?? []).map((group) => group['id'])).toEqual([OFFICERS_GROUP.id]);
    const members = await test.json(`/groups/${RECORDS_MANAGERS_GROUP.id}/members`);
    expect((members.body.value ?? []).map((user) => user['userPrincipalName'])).toEqual([MANAGER]);
    const tooMany = { groupIds: Array.from({ length: 21 }, (_, n) => String(n)) };
    expect(
      (await test.call('/me/checkMemberGroups', { method: 'POST', body: tooMany })).status,
    ).toBe(400);
    expect((await test.call('/groups/onbekend')).status).toBe(404);
  });

  it('keeps the learnt adjustment for records managers: an officer may not overwrite it', async () => {
    const library = await test.json(`/sites/${siteId}/lists/BronvastSettings/drive`);
    const settings = String(library.body['id']);
    const file = `/drives/${settings}/root:/relevance-adjustment.json:/content`;
    const poisoned = JSON.stringify({ version: 1, bias: -1000, weights: {}, labels: {} });
    const officer = await test.call(file, { method: 'PUT', body: poisoned });
    expect(officer.status).toBe(403);
    const manager = await test.call(file, { method: 'PUT', as: MANAGER, body: '{"version":1}' });
    expect(manager.status).toBe(201);
    expect((await test.call(file, { method: 'PUT', body: poisoned })).status).toBe(403);
  });
});
