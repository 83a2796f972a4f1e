/** How a run's concurrency adapts to throttling. */
export interface AdaptiveLimitOptions {
  /** The most filings at once (`--concurrency`), and where the run starts. */
  readonly max: number;
  /** The clock, in milliseconds; tests pass their own. */
  readonly now?: () => number;
  /** Waits; tests pass their own. */
  readonly wait?: (ms: number) => Promise<void>;
}

/**
 * Additive increase, multiplicative decrease of how many filings run at once, as TCP does with
 * its window: each throttled answer (429/503) halves the limit (at most once per Retry-After
 * wait, so one burst of 429s is one decrease) and holds back new filings until the server's
 * Retry-After has passed; each filing that went through raises the limit by one per round of
 * `limit` filings, up to `max`. So a backlog settles at what the tenant's resource-unit budget
 * allows instead of meeting it with a storm of retries.
 */
export class AdaptiveLimit {
  private limit: number;
  private active = 0;
  private successes = 0;
  private pausedUntil = 0;
  private decreasedAt = -Infinity;
  private readonly waiting: (() => void)[] = [];
  private readonly now: () => number;
  private readonly wait: (ms: number) => Promise<void>;

  constructor(private readonly options: AdaptiveLimitOptions) {
    this.limit = Math.max(1, Math.floor(options.max));
    this.now = options.now ?? Date.now;
    this.wait = options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** How many filings may run at once now. */
  get current(): number {
    return this.limit;
  }

  /** Waits for a free place (and for any pause to end); returns how to give it back. */
  async acquire(): Promise<() => void> {
    for (;;) {
      const pause = this.pausedUntil - this.now();
      if (pause > 0) await this.wait(pause);
      else if (this.active < this.limit) break;
      else await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.waiting.shift()?.();
    };
  }

  /** A filing went through. */
  succeeded(): void {
    this.successes += 1;
    if (this.successes < this.limit) return;
    this.successes = 0;
    if (this.limit < this.options.max) {
      this.limit += 1;
      this.waiting.shift()?.();
    }
  }

  /** The server throttled a request; `retryAfterSeconds` when it said how long to wait. */
  throttled(retryAfterSeconds: number | undefined): void {
    const now = this.now();
    const waitMs = Math.max(1, retryAfterSeconds ?? 1) * 1000;
    this.pausedUntil = Math.max(this.pausedUntil, now + waitMs);
    this.successes = 0;
    if (now - this.decreasedAt < waitMs) return;
    this.decreasedAt = now;
    this.limit = Math.max(1, Math.floor(this.limit / 2));
  }
}

/**
 * A fetch that tells the limit about throttled answers (429 and 503, with their Retry-After),
 * before the Graph client's own retries wait them out.
 */
export function sensingFetch(limit: AdaptiveLimit, inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.status === 429 || response.status === 503) {
      const seconds = Number(response.headers.get('retry-after'));
      limit.throttled(Number.isFinite(seconds) && seconds > 0 ? seconds : undefined);
    }
    return response;
  };
}
