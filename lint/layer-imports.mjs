// Bronvast's layer rule. `no-restricted-imports` matches specifier text, so `./teams/x` inside the
// workbench looked like the Teams surface and `import()` escaped it; this rule resolves every
// import (static, re-export, dynamic) to the layer it lands in and checks it against an
// allow-list per layer, for code and for packages alike.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';

/** The layer a repository path belongs to: `src/<layer>/...`, or its top-level folder. */
function layerOf(repoPath) {
  const parts = repoPath.split('/');
  if (parts[0] === 'src' && parts.length >= 2) return parts[1];
  return parts.length > 1 ? parts[0] : '.';
}

/** `@scope/name/deep` -> `@scope/name`; `name/deep` -> `name`; `node:fs` -> `node:fs`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function allows(patterns, name) {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/** Whether an import lands on an index: a folder (its index) or a file named index. */
function isIndex(absolute) {
  if (/^index\.(ts|tsx|js|mjs)$/.test(basename(absolute)) || basename(absolute) === 'index')
    return true;
  return existsSync(absolute) && statSync(absolute).isDirectory();
}

/** Whether an import or re-export brings in types only (`import type`, or every name `type`). */
function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const names = node.specifiers ?? [];
  return (
    names.length > 0 &&
    names.every((name) => name.importKind === 'type' || name.exportKind === 'type')
  );
}

const ARROWS =
  'arrows go core <- mime <- documents, core <- graph, exports; those <- filing, host <- texts <- ui <- surfaces, and surfaces never import each other (STYLE.md habit 1)';

/** @type {import('eslint').Rule.RuleModule} */
const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers: each layer names what it may use.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: { type: 'object' },
          throughIndex: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'layers'],
      },
    ],
  },
  create(context) {
    const { root, layers, throughIndex = [] } = context.options[0];
    const file = relative(root, context.filename).split('\\').join('/');
    const own = layerOf(file);
    const rules = layers[own];
    if (rules === undefined) return {};
    const self = file.startsWith('src/') ? `src/${own}` : own;
    // A reason is a comment on the line right above: `//` lines, or a block comment that is not
    // the file's own header (which describes the file, not the import under it).
    const reasoned = (node) => {
      const last = context.sourceCode.getCommentsBefore(node).at(-1);
      if (last === undefined || last.loc.end.line !== node.loc.start.line - 1) return false;
      return last.type === 'Line' || context.sourceCode.text.slice(0, last.range[0]).trim() !== '';
    };
    // A static import into another layer lands on an index (the layer's or a module folder's),
    // or a comment right above it says why not (chunking, a library a surface must not load).
    // A dynamic import is a chunk boundary by nature and needs no comment.
    const checkIndex = (node, target, layer) => {
      if (!throughIndex.includes(own) || node.type === 'ImportExpression') return;
      if (isIndex(resolve(root, target))) return;
      if (reasoned(node)) return;
      context.report({
        node,
        message: `${self} imports ${target} past its index: import from src/${layer}, or say in a comment above the import why not (STYLE.md habit 12).`,
      });
    };
    const check = (node, source) => {
      if (source === null || source === undefined) return;
      if (source.type !== 'Literal') {
        context.report({
          node,
          message: `${self}: a dynamic import names its module literally, so the layers can be checked.`,
        });
        return;
      }
      const specifier = String(source.value);
      if (specifier.startsWith('.')) {
        const target = relative(root, resolve(dirname(context.filename), specifier))
          .split('\\')
          .join('/');
        const layer = layerOf(target);
        if (layer === own) return;
        if (allows(rules.layers, layer)) {
          if (target.startsWith('src/')) checkIndex(node, target, layer);
          return;
        }
        if (allows(rules.typeLayers ?? [], layer) && isTypeOnly(node)) {
          checkIndex(node, target, layer);
          return;
        }
        const where = target.startsWith('src/') ? `src/${layer}` : layer;
        context.report({
          node,
          message: `${self} may not import ${where}: ${rules.why ?? ARROWS}.`,
        });
        return;
      }
      const name = packageOf(specifier);
      if (allows(rules.packages, name)) return;
      if (allows(rules.typePackages ?? [], name) && isTypeOnly(node)) return;
      context.report({
        node,
        message: `${self} may not use the package '${name}': ${rules.packageWhy ?? `its allowed packages are ${rules.packages.join(', ') || 'none'}`} (STYLE.md habit 1).`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const bronvastPlugin = { rules: { 'layer-imports': layerImports } };
