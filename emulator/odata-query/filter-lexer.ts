/** Tokens of an OData `$filter` expression. */
export type FilterToken =
  | { readonly kind: 'open' | 'close' | 'comma' }
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number };

/** Splits a filter into tokens, or says where it stopped making sense. */
export function tokenizeFilter(
  text: string,
): { ok: true; tokens: FilterToken[] } | { ok: false; error: string } {
  const tokens: FilterToken[] = [];
  let at = 0;
  while (at < text.length) {
    const rest = text.slice(at);
    const char = text[at] ?? '';
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: char === '(' ? 'open' : char === ')' ? 'close' : 'comma' });
      at += 1;
    } else if (char === "'") {
      const end = readQuoted(text, at);
      if (end === undefined) return { ok: false, error: `unterminated string at position ${at}` };
      tokens.push({ kind: 'string', value: text.slice(at + 1, end).replace(/''/g, "'") });
      at = end + 1;
    } else {
      const token = readBare(rest);
      if (token === undefined)
        return { ok: false, error: `unexpected '${char}' at position ${at}` };
      tokens.push(token.token);
      at += token.length;
    }
  }
  return { ok: true, tokens };
}

function readQuoted(text: string, start: number): number | undefined {
  let at = start + 1;
  while (at < text.length) {
    if (text[at] === "'") {
      if (text[at + 1] === "'") at += 2;
      else return at;
    } else {
      at += 1;
    }
  }
  return undefined;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?/;
const NUMBER = /^-?\d+(\.\d+)?/;
const WORD = /^[A-Za-z_@$][\w@$./-]*/;

function readBare(rest: string): { token: FilterToken; length: number } | undefined {
  const dateTime = DATE_TIME.exec(rest);
  if (dateTime !== null)
    return { token: { kind: 'string', value: dateTime[0] }, length: dateTime[0].length };
  const number = NUMBER.exec(rest);
  if (number !== null)
    return { token: { kind: 'number', value: Number(number[0]) }, length: number[0].length };
  const word = WORD.exec(rest);
  if (word !== null) return { token: { kind: 'word', text: word[0] }, length: word[0].length };
  return undefined;
}
