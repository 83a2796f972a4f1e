import { forEachReadAhead } from './read-ahead';

describe('forEachReadAhead', () => {
  it('asks for the next page while the current one is worked on, one request at a time', async () => {
    const log: string[] = [];
    let open = 0;
    let most = 0;
    async function* pages(): AsyncGenerator<number> {
      for (const page of [1, 2, 3]) {
        open += 1;
        most = Math.max(most, open);
        log.push(`read ${page}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        open -= 1;
        yield page;
      }
    }
    await forEachReadAhead(pages(), async (page) => {
      log.push(`work ${page} begins`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      log.push(`work ${page} ends`);
    });
    expect(log).toEqual([
      'read 1',
      'read 2',
      'work 1 begins',
      'work 1 ends',
      'read 3',
      'work 2 begins',
      'work 2 ends',
      'work 3 begins',
      'work 3 ends',
    ]);
    expect(most).toBe(1);
  });

  it('passes on a failed read of the page read ahead, and stops the sequence when work fails', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error('page 2 failed');
    }
    await expect(forEachReadAhead(failing(), async () => undefined)).rejects.toThrow(
      'page 2 failed',
    );
    let closed = false;
    async function* endless(): AsyncGenerator<number> {
      try {
        for (let page = 1; ; page += 1) yield page;
      } finally {
        closed = true;
      }
    }
    await expect(
      forEachReadAhead(endless(), async (page) => {
        if (page === 2) throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closed).toBe(true);
  });
});
