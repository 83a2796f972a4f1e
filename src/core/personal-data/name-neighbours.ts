/**
 * What the rest of a text says of a run that may be a name: a word of it given elsewhere as
 * part of a person's name, or a name found right beside it in a list.
 */
import type { NameRun } from './name-run';
import type { NameToken } from './name-tokens';

const lower = (token: NameToken | undefined): string | undefined => token?.lower;

/** A run one of whose words another finding gave as (part of) a person's name. */
export function namedElsewhere(
  tokens: readonly NameToken[],
  run: NameRun,
  known: ReadonlySet<string>,
) {
  for (const position of run.words) {
    if (known.has(tokens[position]?.lower ?? '')) return true;
  }
  return false;
}

const LIST_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'and', 'or']);

/** Whether the run stands in a list next to a name found already: "Kevin, Esther en ik". */
export function listedWithName(
  tokens: readonly NameToken[],
  run: NameRun,
  found: (start: number, end: number) => boolean,
): boolean {
  const first = tokens[run.first];
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  if (isFound(before, found) && joinedBy(first, true)) return true;
  if (isFound(after, found) && joinedBy(after, true)) return true;
  const conjunctionBefore = LIST_WORDS.has(lower(before) ?? '') && joinedBy(first, false);
  if (conjunctionBefore && isFound(tokens[run.first - 2], found)) return true;
  const conjunctionAfter = LIST_WORDS.has(lower(after) ?? '') && joinedBy(after, false);
  return conjunctionAfter && isFound(tokens[run.last + 2], found);
}

function isFound(
  token: NameToken | undefined,
  found: (start: number, end: number) => boolean,
): boolean {
  return token !== undefined && found(token.start, token.end);
}

/** Whether the token follows a comma (`comma`) or a single space. */
function joinedBy(token: NameToken | undefined, comma: boolean): boolean {
  if (token === undefined) return false;
  return comma ? /^,[ \t]*$/.test(token.gapBefore) : token.gapBefore === ' ';
}
