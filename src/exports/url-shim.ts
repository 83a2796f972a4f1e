// xmlbuilder2's URL parser imports Node's `url` for two IDNA helpers; browser bundles map
// `url` to this module (webpack `resolve.fallback`, esbuild `alias`). The WHATWG URL parser
// does the same conversion.

/** `url.domainToASCII` of Node, through the browser's URL parser; '' when invalid. */
export function domainToASCII(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}

/**
 * `url.domainToUnicode` of Node; browsers keep the ASCII form, which is equivalent. Imported by
 * xmlbuilder2 through the bundler's `url` mapping, which no import in the source shows.
 * @public
 */
export function domainToUnicode(domain: string): string {
  return domain;
}
