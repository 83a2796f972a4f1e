import type { Context, FetchOptions, Middleware } from '@microsoft/microsoft-graph-client';
import { isUnderGraphBase } from './graph-base';
import type { RequestCounter } from './request-counter';
import type { RequestMetaTable } from './request-meta';

/** Sets a header on the plain-object headers the chain works with. */
export function setHeader(options: FetchOptions, name: string, value: string): void {
  const headers = new Headers(options.headers);
  headers.set(name, value);
  options.headers = Object.fromEntries(headers);
}

/**
 * The token provider failed (sign-in abandoned, blocked, refused): no request was sent. Kept
 * apart from network failures so that the caller sees the provider's own error, not a lost
 * connection to retry.
 */
export class TokenProviderFailure extends Error {
  override readonly name = 'TokenProviderFailure' as const;

  constructor(override readonly cause: unknown) {
    super('token provider failed', { cause });
  }
}

/**
 * A request that wanted the bearer token went to a URL outside the client's Graph base: it was
 * not sent at all (the token never leaves for a place the user did not choose).
 */
export class OutsideGraphBase extends Error {
  override readonly name = 'OutsideGraphBase' as const;

  constructor(readonly url: string) {
    super('request outside the Graph base refused');
  }
}

/**
 * Adds the bearer token to requests that want it (not to upload URLs), and only to URLs under
 * the client's own Graph base; an authenticated request elsewhere is refused unsent.
 */
export class BearerMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tokenProvider: () => Promise<string>,
    private readonly meta: RequestMetaTable,
    private readonly baseUrl: string,
  ) {}

  async execute(context: Context): Promise<void> {
    context.options ??= {};
    if (this.meta.get(context.options).authenticated) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      if (!isUnderGraphBase(this.baseUrl, url)) throw new OutsideGraphBase(url);
      const token = await this.tokenProvider().catch((cause: unknown) => {
        throw new TokenProviderFailure(cause);
      });
      setHeader(context.options, 'Authorization', `Bearer ${token}`);
    }
    await this.next?.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Retries a request whose connection failed (refused, reset, dropped), a bounded number of times. */
export class NetworkRetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly retries: number,
    private readonly delayMs: number,
    private readonly meta: RequestMetaTable,
  ) {}

  async execute(context: Context): Promise<void> {
    const allowed = this.meta.get(context.options).networkRetry ? this.retries : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.next?.execute(context);
        return;
      } catch (error) {
        if (attempt >= allowed) throw error;
        await sleep(this.delayMs * 2 ** attempt);
      }
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The end of the chain: counts the request under its label and sends it with the given fetch. */
export class CountingFetchMiddleware implements Middleware {
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly counter: RequestCounter,
    private readonly meta: RequestMetaTable,
  ) {}

  async execute(context: Context): Promise<void> {
    this.counter.add(this.meta.get(context.options).label);
    context.response = await this.fetchImpl(context.request, context.options);
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
