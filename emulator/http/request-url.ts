/**
 * The request URL, or undefined when its path is not valid percent-encoding (`/%E0%A4%A`):
 * such a request is answered 400, never allowed to throw in a handler.
 */
export function parseRequestUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw, 'http://localhost');
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return undefined;
  }
}
