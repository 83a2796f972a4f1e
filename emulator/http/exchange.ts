import type { Readable } from 'node:stream';

/** What the upload route should do to a chunk when fault injection picked it. */
export type ChunkFault = 'none' | 'error' | 'drop';

/** One request as the router sees it: from the socket, or one inner request of a `$batch`. */
export interface EmulatorRequest {
  readonly method: string;
  /** Path after the base path (`/v1.0`), still percent-encoded, e.g. `/drives/b!x/root:/a%20b:/content`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Scheme, host and port the client used, so links work when followed unchanged. */
  readonly origin: string;
  readonly body: Readable;
  readonly requestId: string;
  readonly chunkFault: ChunkFault;
}

/** The body of a response. `drop` destroys the socket without answering. */
export type ResponseBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | {
      readonly kind: 'stream';
      readonly open: () => Readable;
      readonly length: number;
      readonly contentType: string;
    }
  | { readonly kind: 'empty' }
  | { readonly kind: 'drop' };

/** A response before it is written to the socket or folded into a `$batch` answer. */
export interface EmulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: ResponseBody;
}

/** Either a value or the error response that explains why there is none. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly response: EmulatorResponse };

/** Wraps a value as a successful outcome. */
export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** Wraps an error response as a failed outcome. */
export const failure = <T>(response: EmulatorResponse): Outcome<T> => ({ ok: false, response });
