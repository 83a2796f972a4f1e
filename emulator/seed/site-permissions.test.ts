import { WOO_LIST_NAMES } from '../../src/graph/provisioning/woo-lists';
import {
  demoIds,
  MANAGER,
  OFFICER,
  startTestEmulator,
  type TestEmulator,
} from '../testing/harness';

describe("the Woo desk's lists on the demo site", () => {
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

  it('still lets an officer read the records library', async () => {
    expect((await test.json(`/sites/${siteId}/lists/Records/items`, { as: OFFICER })).status).toBe(
      200,
    );
  });
});
