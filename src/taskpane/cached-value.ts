/** Where a cached value is kept between openings of the pane (localStorage in the browser). */
export interface CacheStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** How to load, read and write one cached value. */
export interface CachedValueOptions<T> {
  readonly key: string;
  readonly load: () => Promise<T>;
  /** Turns stored JSON back into a value; null when it no longer fits. */
  readonly revive: (stored: unknown) => T | null;
  readonly storage: CacheStorage | null;
  /** When answering from a stored copy, wait this long before loading afresh (default 0). */
  readonly refreshDelayMs?: number;
}

function readStored<T>(options: CachedValueOptions<T>): T | null {
  try {
    const text = options.storage?.getItem(options.key) ?? null;
    return text === null ? null : options.revive(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Stale while revalidate, for data that changes rarely (the site's ids, the dossier registry):
 * the first call answers from the copy kept by an earlier opening, if any, and loads a fresh
 * copy in the background for next time; without a copy it waits for the load. Later calls get
 * the fresh copy once it is there.
 */
export function cachedValue<T>(options: CachedValueOptions<T>): () => Promise<T> {
  let fresh: Promise<T> | null = null;
  let settled: T | null = null;
  const refresh = (): Promise<T> => {
    fresh ??= options.load().then(
      (value) => {
        settled = value;
        try {
          options.storage?.setItem(options.key, JSON.stringify(value));
        } catch {
          // A full or blocked storage only costs the next opening its head start.
        }
        return value;
      },
      (error: unknown) => {
        fresh = null;
        throw error;
      },
    );
    return fresh;
  };
  const stored = readStored(options);
  let scheduled = false;
  return () => {
    if (settled !== null) return Promise.resolve(settled);
    if (stored === null) return refresh();
    if (!scheduled) {
      scheduled = true;
      setTimeout(() => void refresh().catch(() => undefined), options.refreshDelayMs ?? 0);
    }
    return Promise.resolve(stored);
  };
}

/** The browser's localStorage, or null where it is blocked. */
export function browserStorage(): CacheStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
