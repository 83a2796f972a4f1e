import { demoIds, MANAGER, startTestEmulator, type TestEmulator } from '../../testing/harness';

const HONOR = { prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
let test: TestEmulator;
let siteId: string;
beforeAll(async () => {
  test = await startTestEmulator();
  ({ siteId } = await demoIds(test));
});
afterAll(() => test.stop());

const records = (query: string, headers: Record<string, string> = {}) =>
  test.json(`/sites/${siteId}/lists/Records/items?${query}`, { as: MANAGER, headers });
const messageOf = (body: Record<string, unknown>) =>
  String((body['error'] as { message?: string } | undefined)?.message);

describe('list item queries on a small list', () => {
  it('filter one indexed field at a time: a second indexed field is refused', async () => {
    const two = await records(
      "$filter=fields/BronvastReviewStatus eq 'te-beoordelen' and fields/BronvastDossier eq 'BZK-2025-0113'",
    );
    expect(two.status).toBe(400);
    expect(messageOf(two.body)).toContain('one indexed field at a time');
    const sameField = await records(
      "$filter=fields/BronvastFiledAt ge '2025-01-01T00:00:00Z' and fields/BronvastFiledAt le '2026-01-01T00:00:00Z'",
    );
    expect(sameField.status).toBe(200);
    const withPrefer = await records(
      "$filter=fields/BronvastDossier eq 'BZK-2025-0113' and fields/MailSubject eq 'x'",
      HONOR,
    );
    expect(withPrefer.status).toBe(200);
  });

  it('orders on one indexed key, the filtered field when there is a filter', async () => {
    expect((await records('$orderby=fields/BronvastFiledAt desc')).status).toBe(200);
    const twoKeys = await records('$orderby=fields/BronvastFiledAt desc,fields/BronvastDossier');
    expect(twoKeys.status).toBe(400);
    const otherField = await records(
      "$filter=fields/BronvastDossier eq 'BZK-2025-0113'&$orderby=fields/BronvastFiledAt desc",
    );
    expect(otherField.status).toBe(400);
    const sameField = await records(
      "$filter=fields/BronvastFiledAt ge '2025-01-01T00:00:00Z'&$orderby=fields/BronvastFiledAt desc",
    );
    expect(sameField.status).toBe(200);
    const notIndexed = await records('$orderby=fields/MailSubject', HONOR);
    expect(notIndexed.status).toBe(400);
  });
});
