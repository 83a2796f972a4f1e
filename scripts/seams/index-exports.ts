import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** The index files a module of a layer can be imported through, nearest first. */
export function indexesAbove(root: string, file: string): string[] {
  const parts = file.split('/');
  const found: string[] = [];
  // src/<layer>/a/b/file.ts: src/<layer>/a/b/index, src/<layer>/a/index, src/<layer>/index.
  for (let depth = parts.length - 1; depth >= 2; depth -= 1) {
    const folder = parts.slice(0, depth).join('/');
    for (const name of ['index.ts', 'index.tsx']) {
      const index = `${folder}/${name}`;
      if (index !== file && existsSync(join(root, index))) found.push(index);
    }
  }
  return found;
}

/**
 * Answers which index re-exports a module's names as the very same declarations (an index may
 * export another `isGroundCode` under the same name), using the compiler's view of the modules.
 */
export class IndexExports {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly root: string,
    files: readonly string[],
  ) {
    const configPath = join(root, 'tsconfig.json');
    const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    this.program = ts.createProgram(
      files.map((file) => join(root, file)),
      parsed.options,
    );
    this.checker = this.program.getTypeChecker();
  }

  /** The source file of the program, for reading the imports of a file being fixed. */
  sourceFile(file: string): ts.SourceFile | undefined {
    return this.program.getSourceFile(join(this.root, file));
  }

  private exports(file: string): Map<string, ts.Symbol> {
    const source = this.sourceFile(file);
    const module = source && this.checker.getSymbolAtLocation(source);
    const named = new Map<string, ts.Symbol>();
    if (module === undefined) return named;
    for (const symbol of this.checker.getExportsOfModule(module)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
      named.set(symbol.name, target);
    }
    return named;
  }

  /** The names among `names` that `index` does not export as `module`'s own declarations. */
  missing(index: string, module: string, names: readonly string[]): string[] {
    const own = this.exports(module);
    const offered = this.exports(index);
    return names.filter((name) => {
      const wanted = own.get(name);
      return wanted === undefined || offered.get(name) !== wanted;
    });
  }
}

/** `from` importing `index`: the specifier of the index's folder (`../../core/records`). */
export function specifierOf(from: string, index: string): string {
  const path = relative(dirname(from), dirname(index)).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
