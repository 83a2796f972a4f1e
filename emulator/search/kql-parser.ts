/**
 * The subset of the Keyword Query Language the record system understands
 * (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/keyword-query-language-kql-syntax-reference):
 * free-text terms (with a trailing `*` for a prefix), "phrases", the operators AND, OR and NOT
 * in capitals (lower-case `and` is a word, as in KQL), `-term` for NOT, parentheses, adjacent
 * terms joined by AND, and property restrictions `name:value`, `name=value` and the date
 * comparisons `name>=value`, `name<=value`, `name>value`, `name<value`.
 */
export type KqlNode =
  | { readonly kind: 'term'; readonly text: string; readonly prefix: boolean }
  | { readonly kind: 'phrase'; readonly text: string }
  | {
      readonly kind: 'property';
      readonly name: string;
      readonly operator: ':' | '=' | '>=' | '<=' | '>' | '<';
      readonly value: string;
    }
  | { readonly kind: 'and' | 'or'; readonly children: readonly KqlNode[] }
  | { readonly kind: 'not'; readonly child: KqlNode };

/** A query the subset cannot read, with why. */
export class KqlSyntaxError extends Error {
  override readonly name = 'KqlSyntaxError';
}

type Token =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'phrase'; readonly text: string }
  | { readonly kind: 'open' | 'close' | 'minus' }
  | {
      readonly kind: 'property';
      readonly name: string;
      readonly operator: string;
      readonly value: string;
    };

const PROPERTY = /^([A-Za-z][A-Za-z0-9_]*)(>=|<=|:|=|>|<)("([^"]*)"|[^\s()]+)/;
const MAX_TOKENS = 500;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let rest = query;
  while (rest.length > 0) {
    rest = rest.replace(/^\s+/, '');
    if (rest === '') break;
    if (tokens.length > MAX_TOKENS) throw new KqlSyntaxError('The query has too many terms.');
    const char = rest[0];
    if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      rest = rest.slice(1);
    } else if (char === '"') {
      const end = rest.indexOf('"', 1);
      if (end === -1) throw new KqlSyntaxError('A phrase is not closed.');
      tokens.push({ kind: 'phrase', text: rest.slice(1, end) });
      rest = rest.slice(end + 1);
    } else if (char === '-' && /^-[^\s-]/.test(rest)) {
      tokens.push({ kind: 'minus' });
      rest = rest.slice(1);
    } else {
      const property = PROPERTY.exec(rest);
      if (property !== null) {
        const [whole, name = '', operator = ':', raw = '', inner] = property;
        tokens.push({ kind: 'property', name, operator, value: inner ?? raw });
        rest = rest.slice(whole.length);
        continue;
      }
      const word = /^[^\s()"]+/.exec(rest)?.[0] ?? rest.slice(0, 1);
      tokens.push({ kind: 'word', text: word });
      rest = rest.slice(word.length);
    }
  }
  return tokens;
}

/** Parses a KQL query string of the subset; throws {@link KqlSyntaxError} otherwise. */
export function parseKql(query: string): KqlNode {
  const tokens = tokenize(query);
  let at = 0;
  const peek = () => tokens[at];
  const isOperator = (text: string) => {
    const token = peek();
    return token?.kind === 'word' && token.text === text;
  };
  const or = (): KqlNode => {
    const children = [and()];
    while (isOperator('OR')) {
      at += 1;
      children.push(and());
    }
    return children.length === 1 ? (children[0] ?? and()) : { kind: 'or', children };
  };
  const and = (): KqlNode => {
    const children = [unary()];
    for (;;) {
      const token = peek();
      if (token === undefined || token.kind === 'close' || isOperator('OR')) break;
      if (isOperator('AND')) at += 1;
      children.push(unary());
    }
    return children.length === 1 ? (children[0] ?? unary()) : { kind: 'and', children };
  };
  const unary = (): KqlNode => {
    if (isOperator('NOT') || peek()?.kind === 'minus') {
      at += 1;
      return { kind: 'not', child: unary() };
    }
    return primary();
  };
  const primary = (): KqlNode => {
    const token = tokens[at];
    at += 1;
    if (token === undefined) throw new KqlSyntaxError('The query ends where a term was expected.');
    switch (token.kind) {
      case 'open': {
        const inner = or();
        if (tokens[at]?.kind !== 'close') throw new KqlSyntaxError('A parenthesis is not closed.');
        at += 1;
        return inner;
      }
      case 'phrase':
        return { kind: 'phrase', text: token.text };
      case 'property':
        return propertyNode(token.name, token.operator, token.value);
      case 'word':
        if (['AND', 'OR', 'NOT'].includes(token.text))
          throw new KqlSyntaxError(`${token.text} needs a term on each side.`);
        return token.text.endsWith('*') && token.text.length > 1
          ? { kind: 'term', text: token.text.slice(0, -1), prefix: true }
          : { kind: 'term', text: token.text, prefix: false };
      default:
        throw new KqlSyntaxError('A term was expected.');
    }
  };
  const root = or();
  if (at < tokens.length) throw new KqlSyntaxError('The query has an unmatched parenthesis.');
  return root;
}

function propertyNode(name: string, operator: string, value: string): KqlNode {
  const operators = [':', '=', '>=', '<=', '>', '<'] as const;
  const known = operators.find((candidate) => candidate === operator);
  if (known === undefined) throw new KqlSyntaxError(`Unknown operator ${operator}.`);
  return { kind: 'property', name, operator: known, value };
}
