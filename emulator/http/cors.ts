/**
 * CORS for the pages that call the record system from another origin (the workbench and the
 * surfaces it hosts). Only the origins the record system was told about get an
 * `Access-Control-Allow-Origin`; any other page's browser refuses to read the answers.
 * Upload chunks carry Content-Range; list queries may carry Prefer. `Retry-After` is not
 * exposed, as Graph does not expose it: "retry-after header is not part of the
 * Access-Control-Expose-Headers ... we cannot read it when cors"
 * (https://github.com/microsoftgraph/microsoft-graph-docs/issues/17488), so browser
 * code must back off without it.
 */
export function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[],
): Record<string, string> {
  const vary = { vary: 'Origin' };
  if (origin === undefined || !allowed.includes(origin)) return vary;
  return {
    ...vary,
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      'Authorization, Content-Type, Content-Range, Prefer, client-request-id, SdkVersion, ConsistencyLevel, If-Match',
    'access-control-expose-headers': 'Location, request-id, client-request-id, ETag',
    'access-control-max-age': '600',
  };
}

/** The origins of a page on the loopback interface, under both names it is reached by. */
export function loopbackOrigins(url: string): string[] {
  const { protocol, port } = new URL(url);
  const suffix = port === '' ? '' : `:${port}`;
  return [`${protocol}//localhost${suffix}`, `${protocol}//127.0.0.1${suffix}`];
}
