import type { FetchOptions } from '@microsoft/microsoft-graph-client';

/** What the middleware chain needs to know about one request besides URL and init. */
export interface RequestMeta {
  /** The operation, for counts and errors, e.g. `records.dedup-lookup`. */
  readonly label: string;
  /** Send the bearer token (not to upload URLs, which carry their own authorisation). */
  readonly authenticated: boolean;
  /** Retry a dropped connection in the client; false where the caller resumes itself. */
  readonly networkRetry: boolean;
}

/** The fallback for requests made through the SDK's fluent API. */
export const SDK_REQUEST: RequestMeta = { label: 'sdk', authenticated: true, networkRetry: true };

/**
 * Request metadata travels beside the fetch options object, which every middleware of the
 * chain passes on unchanged (the SDK's Context has no room for it).
 */
export class RequestMetaTable {
  private readonly table = new WeakMap<FetchOptions, RequestMeta>();

  /** Remembers the meta of a request's options. */
  set(options: FetchOptions, meta: RequestMeta): void {
    this.table.set(options, meta);
  }

  /** The meta of a request's options, or the SDK fallback. */
  get(options: FetchOptions | undefined): RequestMeta {
    return (options === undefined ? undefined : this.table.get(options)) ?? SDK_REQUEST;
  }
}
