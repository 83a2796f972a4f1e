import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { IndexExports, indexesAbove, specifierOf } from './index-exports';
import { resolveModule } from './import-graph';
import { isIndex, layerOf } from './layer-seams';
import { hasReason } from './reason-comment';

/** A deep import the fix left as it was, and why. */
export interface KeptImport {
  readonly from: string;
  readonly to: string;
  /** The names no index exports, or what kind of import it is. */
  readonly why: string;
}

/** What `fixImports` changed and what it could not. */
export interface ImportFix {
  readonly rewritten: number;
  readonly changedFiles: readonly string[];
  readonly kept: readonly KeptImport[];
}

type Statement = ts.ImportDeclaration | ts.ExportDeclaration;

interface Plan {
  readonly statement: Statement;
  readonly specifier: string;
  readonly rewritten: boolean;
}

function namesOf(statement: Statement): string[] | string {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (clause === undefined) return 'a bare import';
    if (clause.name !== undefined) return 'a default import';
    const bindings = clause.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) return 'a namespace import';
    return bindings.elements.map((element) => (element.propertyName ?? element.name).text);
  }
  const clause = statement.exportClause;
  if (clause === undefined || !ts.isNamedExports(clause)) return 'an export *';
  return clause.elements.map((element) => (element.propertyName ?? element.name).text);
}

const elementsOf = (statement: Statement): readonly ts.Node[] => {
  const bindings = ts.isImportDeclaration(statement)
    ? statement.importClause?.namedBindings
    : statement.exportClause;
  return bindings !== undefined && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))
    ? bindings.elements
    : [];
};

const isTypeOnly = (statement: Statement): boolean =>
  ts.isImportDeclaration(statement)
    ? statement.importClause?.isTypeOnly === true
    : statement.isTypeOnly;

/** Whether every name a statement brings is a type (it costs nothing when the code runs). */
const allTypes = (statement: Statement): boolean =>
  isTypeOnly(statement) ||
  elementsOf(statement).every(
    (element) =>
      (ts.isImportSpecifier(element) || ts.isExportSpecifier(element)) && element.isTypeOnly,
  );

interface Choice {
  readonly root: string;
  readonly exports: IndexExports;
  readonly indexes: readonly string[];
  /** How many modules an index loads when the code runs (its import closure, types aside). */
  readonly weight: (index: string) => number;
}

/**
 * The index to import `names` of `to` through: for types alone the layer's index (the front
 * door, free at run time); for values the index that loads the fewest modules (a module folder's,
 * or a lighter face of the layer) rather than a layer index that brings everything behind it.
 */
function chooseIndex(
  choice: Choice,
  to: string,
  names: readonly string[],
  typesOnly: boolean,
): string | undefined {
  const layer = `src/${layerOf(to)}/`;
  const serving = choice.indexes.filter(
    (index) => index.startsWith(layer) && choice.exports.missing(index, to, names).length === 0,
  );
  const front = serving.find((index) => /^src\/[^/]+\/index\.tsx?$/.test(index));
  if (typesOnly && front !== undefined) return front;
  const nearest = indexesAbove(choice.root, to);
  return [...serving].sort(
    (a, b) =>
      choice.weight(a) - choice.weight(b) ||
      (nearest.indexOf(a) + 1 || 99) - (nearest.indexOf(b) + 1 || 99),
  )[0];
}

/** One statement for a group that imports from the same index in the same way. */
function mergedText(group: readonly Plan[], source: ts.SourceFile): string {
  const first = group[0]!.statement;
  const typesOnly = group.every((plan) => isTypeOnly(plan.statement));
  // Type-only statements join a value import as `type X`, unless every one is type-only.
  const texts = group.flatMap((plan) =>
    elementsOf(plan.statement).map((element) =>
      isTypeOnly(plan.statement) && !typesOnly
        ? `type ${element.getText(source)}`
        : element.getText(source),
    ),
  );
  const elements = [...new Set(texts)];
  const keyword = ts.isImportDeclaration(first) ? 'import' : 'export';
  const type = typesOnly ? ' type' : '';
  return `${keyword}${type} { ${elements.join(', ')} } from '${group[0]!.specifier}';`;
}

/** Rewrites one file's deep imports of other layers to their indexes; returns what it kept. */
function fixFile(root: string, file: string, choice: Choice, kept: KeptImport[]): number {
  const { exports } = choice;
  const source = exports.sourceFile(file);
  if (source === undefined) return 0;
  const text = source.getFullText();
  const plans: Plan[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const literal = statement.moduleSpecifier;
    if (literal === undefined || !ts.isStringLiteral(literal)) continue;
    const plan = { statement, specifier: literal.text, rewritten: false };
    plans.push(plan);
    const to = literal.text.startsWith('.') ? resolveModule(root, file, literal.text) : undefined;
    if (to === undefined || !to.startsWith('src/') || layerOf(to) === layerOf(file)) continue;
    if (isIndex(to) || hasReason(text, statement.getStart(source))) continue;
    const names = namesOf(statement);
    if (typeof names === 'string') {
      kept.push({ from: file, to, why: names });
      continue;
    }
    const index = chooseIndex(choice, to, names, allTypes(statement));
    if (index === undefined) {
      const missing = exports.missing(`src/${layerOf(to)}/index.ts`, to, names);
      kept.push({ from: file, to, why: `not exported by an index: ${missing.join(', ')}` });
      continue;
    }
    plans[plans.length - 1] = { statement, specifier: specifierOf(file, index), rewritten: true };
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const groups = new Map<string, Plan[]>();
  for (const plan of plans) {
    const mergeable = typeof namesOf(plan.statement) !== 'string';
    const key = `${ts.isImportDeclaration(plan.statement)}|${plan.specifier}`;
    if (mergeable) groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  for (const group of groups.values()) {
    if (!group.some((plan) => plan.rewritten)) continue;
    const [first, ...rest] = group;
    edits.push({
      start: first!.statement.getStart(source),
      end: first!.statement.getEnd(),
      text: mergedText(group, source),
    });
    for (const plan of rest) {
      const end = plan.statement.getEnd();
      edits.push({
        start: plan.statement.getStart(source),
        end: text[end] === '\n' ? end + 1 : end,
        text: '',
      });
    }
  }
  if (edits.length === 0) return 0;
  let fixed = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  writeFileSync(join(root, file), fixed);
  return plans.filter((plan) => plan.rewritten).length;
}

/**
 * Rewrites the deep imports of other layers made by `files` to an index that exports the same
 * names (see `chooseIndex`), merging the imports of one index; leaves
 * alone the ones with a comment above saying why, and reports those no index can serve.
 * `indexes`: the index files of src/; `weight`: how many modules an index loads.
 */
export function fixImports(
  root: string,
  files: readonly string[],
  indexes: readonly string[],
  weight: (index: string) => number,
): ImportFix {
  const exports = new IndexExports(root, [...files, ...indexes]);
  const choice: Choice = { root, exports, indexes, weight };
  const kept: KeptImport[] = [];
  const changedFiles: string[] = [];
  let rewritten = 0;
  for (const file of files) {
    const count = fixFile(root, file, choice, kept);
    if (count > 0) changedFiles.push(file);
    rewritten += count;
  }
  return { rewritten, changedFiles, kept };
}
