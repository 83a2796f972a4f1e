import { tokenizeFilter, type FilterToken } from './filter-lexer';

/** A literal in a filter. */
export type FilterLiteral = string | number | boolean | null;

/** The comparison operators the emulator supports. */
export type CompareOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A parsed `$filter`. */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | {
      readonly kind: 'compare';
      readonly operator: CompareOperator;
      readonly path: string;
      readonly value: FilterLiteral;
    }
  | { readonly kind: 'startswith'; readonly path: string; readonly value: string };

const OPERATORS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/** Parses a filter, or explains why it is not supported. */
export function parseFilter(
  text: string,
): { ok: true; node: FilterNode } | { ok: false; error: string } {
  const lexed = tokenizeFilter(text);
  if (!lexed.ok) return lexed;
  const parser = new Parser(lexed.tokens);
  const node = parser.parseOr();
  if (typeof node === 'string') return { ok: false, error: node };
  if (!parser.atEnd()) return { ok: false, error: 'unexpected text after the expression' };
  return { ok: true, node };
}

/** The field paths a filter refers to. */
export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.operand);
    case 'compare':
    case 'startswith':
      return [node.path];
  }
}

// A filter deeper or larger than this is refused (400), so parsing and evaluating stay bounded:
// the parser recurses per parenthesis and `not`, the evaluator per node.
const MAX_DEPTH = 100;
const MAX_NODES = 1000;

class Parser {
  private at = 0;
  private depth = 0;
  private nodes = 0;
  constructor(private readonly tokens: readonly FilterToken[]) {}

  atEnd(): boolean {
    return this.at >= this.tokens.length;
  }

  parseOr(): FilterNode | string {
    return this.parseBinary('or', () => this.parseAnd());
  }

  private parseAnd(): FilterNode | string {
    return this.parseBinary('and', () => this.parseUnary());
  }

  private parseBinary(kind: 'and' | 'or', operand: () => FilterNode | string): FilterNode | string {
    let left = operand();
    while (typeof left !== 'string' && this.peekWord() === kind) {
      this.at += 1;
      const right = operand();
      if (typeof right === 'string') return right;
      this.nodes += 1;
      if (this.nodes > MAX_NODES) return `the node count limit of ${MAX_NODES} has been exceeded`;
      left = { kind, left, right };
    }
    return left;
  }

  private parseUnary(): FilterNode | string {
    if (this.depth >= MAX_DEPTH) return `the filter is nested more than ${MAX_DEPTH} levels deep`;
    this.depth += 1;
    const node = this.parseNested();
    this.depth -= 1;
    return node;
  }

  private parseNested(): FilterNode | string {
    if (this.peekWord() === 'not') {
      this.at += 1;
      const operand = this.parseUnary();
      return typeof operand === 'string' ? operand : { kind: 'not', operand };
    }
    const token = this.tokens[this.at];
    if (token?.kind === 'open') {
      this.at += 1;
      const inner = this.parseOr();
      if (typeof inner === 'string') return inner;
      return this.expect('close') ? inner : 'missing closing parenthesis';
    }
    if (this.peekWord() === 'startswith') return this.parseStartsWith();
    return this.parseComparison();
  }

  private parseStartsWith(): FilterNode | string {
    this.at += 1;
    if (!this.expect('open')) return "startswith needs '('";
    const path = this.next();
    if (path?.kind !== 'word') return 'startswith needs a field first';
    if (!this.expect('comma')) return "startswith needs ','";
    const value = this.next();
    if (value?.kind !== 'string') return 'startswith needs a quoted string second';
    if (!this.expect('close')) return "startswith needs ')'";
    return { kind: 'startswith', path: path.text, value: value.value };
  }

  private parseComparison(): FilterNode | string {
    const path = this.next();
    if (path?.kind !== 'word' || isReserved(path.text)) return 'a field name was expected';
    const operator = this.next();
    if (operator?.kind !== 'word' || !isOperator(operator.text)) {
      return `unsupported operator${operator?.kind === 'word' ? ` '${operator.text}'` : ''}`;
    }
    const value = this.literal();
    if (value === undefined) return 'a literal value was expected';
    return { kind: 'compare', operator: operator.text, path: path.text, value: value.value };
  }

  private literal(): { value: FilterLiteral } | undefined {
    const token = this.next();
    if (token?.kind === 'string' || token?.kind === 'number') return { value: token.value };
    if (token?.kind !== 'word') return undefined;
    if (token.text === 'true' || token.text === 'false') return { value: token.text === 'true' };
    return token.text === 'null' ? { value: null } : undefined;
  }

  private peekWord(): string | undefined {
    const token = this.tokens[this.at];
    return token?.kind === 'word' ? token.text : undefined;
  }

  private next(): FilterToken | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }

  private expect(kind: 'open' | 'close' | 'comma'): boolean {
    return this.next()?.kind === kind;
  }
}

function isOperator(text: string): text is CompareOperator {
  return OPERATORS.includes(text);
}

function isReserved(text: string): boolean {
  return ['and', 'or', 'not', 'true', 'false', 'null', ...OPERATORS].includes(text);
}
