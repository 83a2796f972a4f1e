/**
 * The headers every answer of the page server carries: a Content-Security-Policy that lets a
 * page run only its own scripts (and Office.js from Microsoft's CDN), talk only to itself and to
 * the local record system, and be framed only by its own pages; and `nosniff`, so a file is only
 * ever what its content type says.
 */
export function pageHeaders(recordSystemOrigins: readonly string[]): Record<string, string> {
  const policy = [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    // Fluent UI (Griffel) inserts its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${recordSystemOrigins.join(' ')}`.trim(),
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return { 'content-security-policy': policy, 'x-content-type-options': 'nosniff' };
}

/** The origins of the record system's base URL, under both loopback names. */
export function recordSystemOrigins(graphBaseUrl: string): string[] {
  if (graphBaseUrl === '') return [];
  const { protocol, port, hostname } = new URL(graphBaseUrl);
  const suffix = port === '' ? '' : `:${port}`;
  const loopback = ['localhost', '127.0.0.1'];
  const hosts = loopback.includes(hostname) ? loopback : [hostname];
  return hosts.map((host) => `${protocol}//${host}${suffix}`);
}
