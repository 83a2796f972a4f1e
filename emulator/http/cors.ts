/**
 * CORS for the task pane and workbench page, which call the emulator from another origin.
 * Upload chunks carry Content-Range; list queries may carry Prefer.
 */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers':
      'Authorization, Content-Type, Content-Range, Prefer, client-request-id, SdkVersion, ConsistencyLevel, If-Match',
    'access-control-expose-headers': 'Location, Retry-After, request-id, client-request-id, ETag',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}
