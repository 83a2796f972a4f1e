/**
 * Whether `url` lies under the client's Graph base: the same scheme, host and port, no
 * credentials, and a path inside the base path once `..` and `%2e%2e` are resolved. Only such
 * URLs ever get the bearer token; anything else (a chat message's image on another host, a path
 * that climbs out of `/v1.0`) is refused before a request is made.
 */
export function isUnderGraphBase(baseUrl: string, url: string): boolean {
  const base = parse(baseUrl);
  const target = parse(url);
  if (base === undefined || target === undefined) return false;
  if (target.origin !== base.origin) return false;
  if (target.username !== '' || target.password !== '') return false;
  const prefix = base.pathname.replace(/\/+$/, '');
  return target.pathname === prefix || target.pathname.startsWith(`${prefix}/`);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
