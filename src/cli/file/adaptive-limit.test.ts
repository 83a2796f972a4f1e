import { AdaptiveLimit, sensingFetch } from './adaptive-limit';

function aLimit(max: number) {
  let now = 0;
  const waits: number[] = [];
  const limit = new AdaptiveLimit({
    max,
    now: () => now,
    wait: async (ms) => {
      waits.push(ms);
      now += ms;
    },
  });
  return { limit, waits, advance: (ms: number) => (now += ms) };
}

describe('the adaptive concurrency of a backlog run', () => {
  it('halves on throttling once per Retry-After wait, and holds new filings back that long', async () => {
    const { limit, waits } = aLimit(8);
    expect(limit.current).toBe(8);
    limit.throttled(2);
    limit.throttled(2);
    limit.throttled(2);
    expect(limit.current).toBe(4);
    const release = await limit.acquire();
    expect(waits).toEqual([2000]);
    release();
  });

  it('grows by one per round of filings that went through, up to the maximum', () => {
    const { limit, advance } = aLimit(4);
    limit.throttled(1);
    expect(limit.current).toBe(2);
    advance(5000);
    limit.succeeded();
    limit.succeeded();
    expect(limit.current).toBe(3);
    for (let i = 0; i < 10; i += 1) limit.succeeded();
    expect(limit.current).toBe(4);
  });

  it('lets no more filings run at once than the limit', async () => {
    const { limit } = aLimit(2);
    const first = await limit.acquire();
    await limit.acquire();
    let third = false;
    const waiting = limit.acquire().then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    first();
    await waiting;
    expect(third).toBe(true);
  });

  it('hears of throttling from the answers, with the server’s Retry-After', async () => {
    const { limit } = aLimit(8);
    const answers = [
      new Response(null, { status: 429, headers: { 'retry-after': '3' } }),
      new Response('{}', { status: 200 }),
    ];
    const fetchImpl = sensingFetch(limit, async () => answers.shift() ?? new Response());
    expect((await fetchImpl('https://graph.example/x')).status).toBe(429);
    expect(limit.current).toBe(4);
    expect((await fetchImpl('https://graph.example/x')).status).toBe(200);
    expect(limit.current).toBe(4);
  });
});
