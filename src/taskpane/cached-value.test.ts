import { cachedValue, type CacheStorage } from './cached-value';

const memoryStorage = (
  initial: Record<string, string> = {},
): CacheStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => void (data[key] = value),
  };
};

const reviveList = (stored: unknown): string[] | null =>
  Array.isArray(stored) && stored.every((entry) => typeof entry === 'string') ? stored : null;

describe('cachedValue', () => {
  it('waits for the load when nothing is stored, and stores what it loaded', async () => {
    const storage = memoryStorage();
    const get = cachedValue({ key: 'k', load: async () => ['a'], revive: reviveList, storage });
    expect(await get()).toEqual(['a']);
    expect(JSON.parse(storage.data['k'] ?? 'null')).toEqual(['a']);
  });

  it('answers from the stored copy at once and refreshes it in the background', async () => {
    const storage = memoryStorage({ k: JSON.stringify(['old']) });
    let release: (value: string[]) => void = () => undefined;
    const load = () => new Promise<string[]>((resolve) => (release = resolve));
    const get = cachedValue({ key: 'k', load, revive: reviveList, storage });
    expect(await get()).toEqual(['old']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release(['new']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await get()).toEqual(['new']);
    expect(storage.data['k']).toBe(JSON.stringify(['new']));
  });

  it('ignores a stored copy that no longer fits and tries again after a failed load', async () => {
    const storage = memoryStorage({ k: '{"not":"a list"}' });
    let calls = 0;
    const load = async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return ['b'];
    };
    const get = cachedValue({ key: 'k', load, revive: reviveList, storage });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toEqual(['b']);
  });
});
