import { GraphCallError } from '../../graph/GraphCallError';
import type { BacklogResult } from './backlog-outcome';
import { fileWithRetry } from './retry-filing';

const filed: BacklogResult = {
  source: 'a.eml',
  outcome: { kind: 'already-filed' },
};

function failingTimes(times: number, error: unknown): () => Promise<BacklogResult> {
  let calls = 0;
  return () => (++calls <= times ? Promise.reject(error) : Promise.resolve(filed));
}

describe('fileWithRetry', () => {
  it('waits as long as Retry-After asks after throttling, then tries again', async () => {
    const waits: number[] = [];
    const throttled = new GraphCallError({ kind: 'throttled', status: 429, retryAfter: 7 });
    const result = await fileWithRetry('a.eml', failingTimes(2, throttled), {
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(result).toBe(filed);
    expect(waits).toEqual([7000, 7000]);
  });

  it('gives up after the last attempt with the failure as a code', async () => {
    const dropped = new GraphCallError({ kind: 'network', status: 0 });
    const result = await fileWithRetry('a.eml', failingTimes(10, dropped), {
      maxAttempts: 3,
      wait: () => Promise.resolve(),
    });
    expect(result).toEqual({
      source: 'a.eml',
      outcome: { kind: 'failed', reason: 'graph-network' },
    });
  });

  it('does not retry what waiting cannot mend', async () => {
    let calls = 0;
    const forbidden = new GraphCallError({ kind: 'forbidden', status: 403 });
    const result = await fileWithRetry('a.eml', () => {
      calls += 1;
      return Promise.reject(forbidden);
    });
    expect(calls).toBe(1);
    expect(result.outcome).toEqual({ kind: 'failed', reason: 'graph-forbidden' });
  });
});
