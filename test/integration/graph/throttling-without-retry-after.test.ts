import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/main';
import { createGraphClient, listDossiers, resolveSite } from '../../../src/graph';
import { devToken } from '../../../src/host/dev-token';
import { DEMO_SITE, OFFICER } from './harness';

let emulator: RunningEmulator;
const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-throttle-'));
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataDir, resourceBudget: 'off' });
});
afterAll(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * What a page in a browser sees of Graph's throttling: the 429, but not its Retry-After, which
 * Graph does not expose to CORS (microsoft-graph-docs#17488).
 */
function browserView(sent: { count: number; throttled: number }): typeof fetch {
  return async (input, init) => {
    sent.count += 1;
    const response = await fetch(input, init);
    if (response.status !== 429) return response;
    sent.throttled += 1;
    const headers = new Headers(response.headers);
    headers.delete('retry-after');
    return new Response(await response.arrayBuffer(), { status: 429, headers });
  };
}

describe('a page throttled by the resource-unit budget without a readable Retry-After', () => {
  it('backs off exponentially and gets every answer, without a storm of retries', async () => {
    const sent = { count: 0, throttled: 0 };
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve(devToken(OFFICER, ['Sites.Read.All'])),
      baseUrl: emulator.baseUrl,
      fetch: browserView(sent),
    });
    const resolution = await resolveSite(client, DEMO_SITE);
    if (resolution.kind !== 'resolved') throw new Error('demo site missing');
    emulator.setResourceBudget({ units: 12, windowSeconds: 2 });
    const readers = Array.from({ length: 15 }, () => listDossiers(client, resolution.ids));
    const registries = await Promise.all(readers);
    expect(registries.every((registry) => registry.length === 12)).toBe(true);
    expect(sent.throttled).toBeGreaterThan(0);
    // Fifteen reads of 2 units against 12 units per 2 seconds: a handful of waits, not a storm.
    expect(sent.count - 3).toBeLessThan(15 * 3);
  }, 60_000);
});
