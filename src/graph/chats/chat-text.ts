const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Plain text of a chat message's HTML for the assessment: block ends become line breaks, tags
 * go, entities are decoded. Chat HTML is simple (paragraphs, emphasis, mentions, lists); the text
 * is only read, never shown as HTML.
 */
export function chatHtmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|h\d|tr|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function decodeEntity(match: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return safeCodePoint(parseInt(name.slice(2), 16), match);
  if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), match);
  return ENTITIES[name.toLowerCase()] ?? match;
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}
