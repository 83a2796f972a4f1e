import { soak } from '../../filing-soak/soak';

// The filing benchmark's fault soak at a size CI can afford: about a fifth of the requests
// throttled, unavailable, dropped or losing their response, chunks failing, and still every
// mail filed exactly once with the SHA-256 of its source.
describe('filing under faults', () => {
  it('loses nothing and duplicates nothing', async () => {
    const result = await soak(24, 7, 8e6);
    expect(result).toMatchObject({ count: 24, lost: 0, duplicates: 0, shaMismatch: 0, gaveUp: 0 });
    expect(result['records']).toBe(24);
    const met = result['met'] as { faultedShare: number };
    expect(met.faultedShare).toBeGreaterThan(0.1);
  }, 120_000);
});
