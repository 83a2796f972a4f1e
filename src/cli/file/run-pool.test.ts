import { runPool } from './run-pool';

async function* numbers(count: number, taken: number[]): AsyncGenerator<number> {
  for (let n = 1; n <= count; n++) {
    taken.push(n);
    yield n;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('runPool', () => {
  it('works on at most `concurrency` items at once and finishes every item', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runPool(
      numbers(20, []),
      async (n) => {
        running += 1;
        most = Math.max(most, running);
        await tick();
        running -= 1;
        return n * 2;
      },
      (result) => {
        done.push(result);
      },
      { concurrency: 3, stopped: () => false },
    );
    expect(most).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 2));
  });

  it('takes no new item once stopped, and lets the items in flight finish', async () => {
    let stopped = false;
    const taken: number[] = [];
    const done: number[] = [];
    await runPool(
      numbers(100, taken),
      async (n) => {
        if (n === 5) stopped = true;
        await tick();
        return n;
      },
      (result) => {
        done.push(result);
      },
      { concurrency: 2, stopped: () => stopped },
    );
    expect(taken.length).toBeLessThan(8);
    expect(done.sort((a, b) => a - b)).toEqual(taken);
  });
});
