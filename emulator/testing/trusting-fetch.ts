import { request } from 'node:https';

/** What the trusting fetch accepts: a URL or Request, and plain init options. */
export type TrustingFetch = (
  input: string | URL | Request,
  init?: RequestInit,
) => Promise<Response>;

/**
 * A fetch that trusts one extra certificate (the emulator's self-signed one). Node's own fetch
 * takes no per-request CA, and tests must not switch off certificate checks for everyone.
 */
export function trustingFetch(ca: string): TrustingFetch {
  return async (input, init = {}) => {
    const incoming = input instanceof Request ? input : undefined;
    const url = new URL(incoming?.url ?? String(input));
    const headers = new Headers(incoming?.headers);
    new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    const body =
      init.body ??
      (incoming?.body === null || incoming === undefined
        ? undefined
        : await incoming.arrayBuffer());
    const bytes =
      body === undefined || body === null
        ? undefined
        : Buffer.from(await new Response(body).arrayBuffer());
    if (bytes !== undefined) headers.set('content-length', String(bytes.length));
    return new Promise<Response>((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method: init.method ?? incoming?.method ?? 'GET',
          headers: Object.fromEntries(headers),
          ca,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            const status = answer.statusCode ?? 500;
            const responseHeaders = new Headers();
            for (const [name, value] of Object.entries(answer.headers))
              if (typeof value === 'string') responseHeaders.set(name, value);
            const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(new Response(payload, { status, headers: responseHeaders }));
          });
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(bytes);
    });
  };
}
