import {
  Client,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type FetchOptions,
} from '@microsoft/microsoft-graph-client';
import { networkError } from './error-envelope';
import {
  BearerMiddleware,
  CountingFetchMiddleware,
  NetworkRetryMiddleware,
  OutsideGraphBase,
  TokenProviderFailure,
} from './middleware';
import { GraphCallError } from './GraphCallError';
import { RequestCounter } from './request-counter';
import { RequestMetaTable, type RequestMeta } from './request-meta';
import type { SiteIds } from './site-ids';

/** How the client retries. */
export interface RetryOptions {
  /** Retries of a 429/503/504 per request (the SDK's RetryHandler, which honours Retry-After). */
  readonly maxRetries?: number;
  /** Base wait in seconds when a throttled response has no Retry-After. */
  readonly delaySeconds?: number;
  /** Retries of a request whose connection failed. */
  readonly networkRetries?: number;
  /** First wait after a failed connection, doubled each time. */
  readonly networkDelayMs?: number;
  /** Attempts per upload chunk (429/503/504/5xx/dropped), each resuming from the server's ranges. */
  readonly chunkAttempts?: number;
  /** An upload request (chunk, small PUT, session status) not answered in time counts as dropped. */
  readonly uploadTimeoutMs?: number;
}

/** Options of {@link createGraphClient}. */
export interface GraphClientOptions {
  /** Returns an access token for Graph (MSAL in production, `dev:<upn>` locally). */
  readonly tokenProvider: () => Promise<string>;
  /** Default `https://graph.microsoft.com/v1.0`. */
  readonly baseUrl?: string;
  /** Default the global fetch. */
  readonly fetch?: typeof fetch;
  readonly retry?: RetryOptions;
}

/** One request as the adapter sends it. */
export interface GraphHttpRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path under the base URL (`/sites/...`) or an absolute URL (`@odata.nextLink`, upload URL). */
  readonly url: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body (serialised here) or raw bytes. */
  readonly json?: unknown;
  readonly bytes?: Uint8Array<ArrayBuffer>;
  readonly label: string;
  /** Default true; false for upload URLs. */
  readonly authenticated?: boolean;
  /** Default true; false where the caller resumes itself (upload chunks). */
  readonly networkRetry?: boolean;
  /** Abort when no complete answer came within this time (a hung connection). */
  readonly timeoutMs?: number;
}

/** The configured Graph client: send requests, count them, cache the site's ids. */
export interface GraphClient {
  readonly baseUrl: string;
  readonly retry: Readonly<Required<RetryOptions>>;
  /** Requests sent, per label, retries included. */
  readonly counter: RequestCounter;
  /** The SDK's fluent client over the same middleware chain, for calls the adapter lacks. */
  readonly sdk: Client;
  /** Site, list and drive ids resolved once per site (see `resolveSite`). */
  readonly sites: Map<string, SiteIds>;
  /** Sends a request; resolves with any HTTP status, throws GraphCallError('network') when none came. */
  send(request: GraphHttpRequest): Promise<Response>;
}

const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetries: 5,
  delaySeconds: 1,
  networkRetries: 3,
  networkDelayMs: 250,
  chunkAttempts: 8,
  uploadTimeoutMs: 120_000,
};

/**
 * Builds the Graph client: bearer token (only for URLs under `baseUrl`, see
 * `isUnderGraphBase`) -> the SDK's RetryHandler (429/503/504, Retry-After) -> bounded
 * retry of dropped connections -> counting -> fetch.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const meta = new RequestMetaTable();
  const counter = new RequestCounter();
  const first = new BearerMiddleware(options.tokenProvider, meta, baseUrl);
  const retryHandler = new RetryHandler(
    new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries),
  );
  const network = new NetworkRetryMiddleware(retry.networkRetries, retry.networkDelayMs, meta);
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  first.setNext(retryHandler);
  retryHandler.setNext(network);
  network.setNext(new CountingFetchMiddleware(fetchImpl, counter, meta));
  const url = new URL(baseUrl);
  const sdk = Client.initWithMiddleware({
    middleware: first,
    baseUrl: url.origin,
    defaultVersion: url.pathname.replace(/^\/+/, ''),
  });
  const send = async (request: GraphHttpRequest): Promise<Response> => {
    const init = fetchOptions(request);
    meta.set(init, requestMeta(request));
    const context: Context = { request: requestUrl(baseUrl, request), options: init };
    try {
      await first.execute(context);
    } catch (error) {
      // A failed sign-in reaches the caller as itself: it is no lost connection to retry.
      if (error instanceof TokenProviderFailure) throw error.cause;
      if (error instanceof OutsideGraphBase) throw outsideBase(request.label, error);
      throw networkError(error, request.label);
    }
    if (context.response === undefined) throw networkError('no-response', request.label);
    return context.response;
  };
  return { baseUrl, retry, counter, sdk, sites: new Map(), send };
}

function outsideBase(operation: string, cause: OutsideGraphBase): GraphCallError {
  return new GraphCallError({
    kind: 'unexpected',
    status: 0,
    code: 'outside-graph-base',
    operation,
    cause,
  });
}

function requestMeta(request: GraphHttpRequest): RequestMeta {
  return {
    label: request.label,
    authenticated: request.authenticated ?? true,
    networkRetry: request.networkRetry ?? true,
  };
}

function fetchOptions(request: GraphHttpRequest): FetchOptions {
  const headers: Record<string, string> = { ...request.headers };
  const signal =
    request.timeoutMs === undefined ? {} : { signal: AbortSignal.timeout(request.timeoutMs) };
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    return { method: request.method, headers, body: JSON.stringify(request.json), ...signal };
  }
  if (request.bytes !== undefined) {
    headers['Content-Type'] ??= 'application/octet-stream';
    return { method: request.method, headers, body: request.bytes, ...signal };
  }
  return { method: request.method, headers, ...signal };
}

/** The absolute URL of a request: absolute URLs pass unchanged (`@odata.nextLink`). */
export function requestUrl(
  baseUrl: string,
  request: Pick<GraphHttpRequest, 'url' | 'query'>,
): string {
  const absolute = /^https?:\/\//i.test(request.url);
  const url = absolute
    ? request.url
    : `${baseUrl}${request.url.startsWith('/') ? '' : '/'}${request.url}`;
  const entries = Object.entries(request.query ?? {});
  if (entries.length === 0) return url;
  const query = entries.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}
