// XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// (https://www.w3.org/TR/xml/#charsets): C0 controls, NUL, lone surrogates and U+FFFE/U+FFFF
// can be neither written nor escaped, so they are dropped.
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- the control characters are what it removes
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML 1.0 cannot hold removed (see {@link xmlText}). */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/**
 * Text as it must be handed to xmlbuilder2 to come out as itself: characters XML 1.0 cannot
 * hold removed, and every `&` written as `&amp;`. xmlbuilder2 escapes `<`, `>` and a lone `&`,
 * but passes anything that looks like an entity (`&A;`, `&#0;`, `&amp;`) through unchanged, so
 * "Agenda Q&A; overleg" would be written as a reference to an undefined entity `A`, and the text
 * "a &amp; b" would be read back as "a & b".
 */
export function xmlText(text: string): string {
  return xmlChars(text).replaceAll('&', '&amp;');
}
