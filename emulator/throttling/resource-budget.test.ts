import { demoIds, startTestEmulator, type TestEmulator } from '../testing/harness';
import { createResourceBudget, parseResourceBudget } from './resource-budget';

describe('the resource-unit budget', () => {
  it('meters a sliding window and says how long to wait once it is spent', () => {
    let now = 0;
    const budget = createResourceBudget({ units: 10, windowSeconds: 60 }, () => now);
    for (let i = 0; i < 5; i += 1) expect(budget.charge(2)).toEqual({ kind: 'allowed' });
    now = 10_000;
    expect(budget.charge(1)).toEqual({ kind: 'throttled', retryAfterSeconds: 50 });
    now = 60_001;
    expect(budget.charge(2)).toEqual({ kind: 'allowed' });
  });

  it('reads its configuration from the environment', () => {
    expect(parseResourceBudget(undefined)).toEqual({ units: 1200, windowSeconds: 60 });
    expect(parseResourceBudget('off')).toBe('off');
    expect(parseResourceBudget('600/6')).toEqual({ units: 600, windowSeconds: 6 });
    expect(() => parseResourceBudget('veel')).toThrow(/BRONVAST_RESOURCE_UNITS/);
  });
});

describe('a record system with a spent budget', () => {
  let test: TestEmulator;
  let siteId: string;
  beforeAll(async () => {
    test = await startTestEmulator();
    ({ siteId } = await demoIds(test));
  });
  afterAll(() => test.stop());

  it('answers SharePoint calls 429 with Retry-After, and leaves mail unmetered', async () => {
    test.emulator.setResourceBudget({ units: 6, windowSeconds: 30 });
    const items = `/sites/${siteId}/lists/Dossiers/items`;
    for (let i = 0; i < 3; i += 1) expect((await test.call(items)).status).toBe(200);
    const throttled = await test.call(items);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await throttled.json()) as { error: { code: string } }).error.code).toBe(
      'activityLimitReached',
    );
    expect((await test.call('/me/mailFolders/inbox/messages?$top=1')).status).toBe(200);
  });

  it('counts each step of a $batch on its own', async () => {
    test.emulator.setResourceBudget({ units: 3, windowSeconds: 30 });
    const list = { method: 'GET', url: `/sites/${siteId}/lists/Dossiers` };
    const answer = await test.json('/$batch', {
      method: 'POST',
      body: { requests: ['a', 'b', 'c', 'd'].map((id) => ({ id, ...list })) },
    });
    const statuses = (answer.body['responses'] as { id: string; status: number }[])
      .sort((x, y) => x.id.localeCompare(y.id))
      .map((entry) => entry.status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    test.emulator.setResourceBudget('off');
  });
});
