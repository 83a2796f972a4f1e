import { COVERAGE_LIST_NAME } from '../../src/graph/provisioning/coverage-list';
import { WOO_LIST_NAMES } from '../../src/graph/provisioning/woo-lists';
import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../testing/harness';

describe('the lists of the demo site with permissions of their own', () => {
  let test: TestEmulator;
  let siteId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it.each(Object.values(WOO_LIST_NAMES))(
    'keeps %s to the records managers: an officer can neither read nor add',
    async (name) => {
      const items = `/sites/${siteId}/lists/${name}/items`;
      expect((await test.json(items, { as: MANAGER })).status).toBe(200);
      expect((await test.json(items, { as: OFFICER })).status).toBe(403);
      const added = await test.json(items, {
        method: 'POST',
        as: OFFICER,
        body: { fields: { Title: 'poging' } },
      });
      expect(added.status).toBe(403);
    },
  );

  it('lets an officer add her weekly counts to the coverage list', async () => {
    const items = `/sites/${siteId}/lists/${COVERAGE_LIST_NAME}/items`;
    const added = await test.json(items, {
      method: 'POST',
      as: OFFICER,
      body: { fields: { Title: 'Team 2026-W10', Team: 'Team', Week: '2026-W10', Open: 2 } },
    });
    expect(added.status).toBe(201);
    expect((await test.json(items, { as: MANAGER })).status).toBe(200);
  });

  it('still lets an officer read the records library', async () => {
    expect((await test.json(`/sites/${siteId}/lists/Records/items`, { as: OFFICER })).status).toBe(
      200,
    );
  });
});
