import { siteSchema } from '../../src/graph';
import type { ColumnSpec } from '../../src/graph/provisioning/list-spec';
import { demoIds, MANAGER, startTestEmulator, type TestEmulator } from '../testing/harness';

/** What Graph's columnDefinition says about a column that the spec also says. */
function asGraphAnswers(column: ColumnSpec): Record<string, unknown> {
  return {
    name: column.name,
    indexed: column.indexed === true,
    ...(column.text === undefined
      ? {}
      : {
          text: expect.objectContaining({
            allowMultipleLines: column.text.allowMultipleLines === true,
            ...(column.text.maxLength === undefined ? {} : { maxLength: column.text.maxLength }),
          }),
        }),
    ...(column.choice === undefined
      ? {}
      : { choice: expect.objectContaining({ choices: column.choice.choices }) }),
    ...(column.number === undefined ? {} : { number: expect.any(Object) }),
    ...(column.dateTime === undefined
      ? {}
      : { dateTime: expect.objectContaining({ format: column.dateTime.format }) }),
    ...(column.boolean === undefined ? {} : { boolean: expect.any(Object) }),
  };
}

// The demo site is made by running the provisioning against the record system, so what a
// client reads of its columns is the provisioning's schema, column for column.
describe("the demo site's schema", () => {
  let test: TestEmulator;
  let siteId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it.each(siteSchema().map((spec) => [spec.displayName, spec] as const))(
    'has the columns of %s that provisioning declares, with their kinds, choices and indexes',
    async (displayName, spec) => {
      const { status, body } = await test.json(`/sites/${siteId}/lists/${displayName}/columns`, {
        as: MANAGER,
      });
      expect(status).toBe(200);
      const columns = body.value ?? [];
      expect(columns.map((column) => column['name'])).toEqual(
        spec.columns.map((column) => column.name),
      );
      expect(columns).toEqual(
        spec.columns.map((column) => expect.objectContaining(asGraphAnswers(column))),
      );
    },
  );
});
