/**
 * Prints how the code's modules meet: cross-layer imports that bypass a layer's index (per
 * layer), the same for the local record system's imports of src/, and the import circles.
 * `npx tsx scripts/import-seams.ts [--root DIR] [--list] [--fix [--layers a,b]]`; `--root`
 * measures another checkout, `--list` names every bypassing import, `--fix` first rewrites the
 * deep imports of the given layers (`emulator` included; all when not given) to the indexes that
 * export their names and names those it could not (export them, or say in a comment why not).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fixImports } from './seams/fix-imports';
import { importCircles } from './seams/import-circles';
import { importEdges, runtimeWeight, sourceFiles } from './seams/import-graph';
import { countSeams, layerOf, TEST_CODE, type SeamCount } from './seams/layer-seams';

// A reader that stops early (`| head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    list: { type: 'boolean', default: false },
    fix: { type: 'boolean', default: false },
    layers: { type: 'string' },
  },
});
const root = resolve(values.root ?? resolve(__dirname, '..'));
const files = ['src', 'emulator', 'scripts', 'bench', 'test'].flatMap((folder) =>
  sourceFiles(root, folder),
);
if (values.fix) fix(values.layers?.split(','));

/** Rewrites the deep imports of `layers` (all of src/ and emulator/ when not given). */
function fix(layers: readonly string[] | undefined): void {
  const fixing = files.filter(
    (file) =>
      (file.startsWith('src/') || file.startsWith('emulator/')) &&
      !TEST_CODE.test(file) &&
      (layers === undefined || layers.includes(layerOf(file))),
  );
  const indexes = files.filter((file) => /^src\/.*\/index\.tsx?$/.test(file));
  const result = fixImports(root, fixing, indexes, runtimeWeight(root, importEdges(root, files)));
  // Merged imports can outgrow a line: the formatter lays them out as the code base has them.
  if (result.changedFiles.length > 0)
    execFileSync(process.execPath, [
      join(root, 'node_modules/prettier/bin/prettier.cjs'),
      '--write',
      '--log-level=warn',
      ...result.changedFiles.map((file) => join(root, file)),
    ]);
  console.log(`Rewritten: ${result.rewritten} imports in ${result.changedFiles.length} files`);
  for (const file of result.changedFiles) console.log(`  ${file}`);
  console.log(`Kept deep (export the names, or say in a comment why not): ${result.kept.length}`);
  for (const kept of result.kept) console.log(`  ${kept.from} -> ${kept.to}: ${kept.why}`);
  console.log('');
}
const edges = importEdges(root, files);

const COLUMNS = ['cross', 'layer index', 'module index', 'reasoned', 'bypass'];

function line(name: string, count: SeamCount): string {
  const figures = [
    count.crossing,
    count.throughIndex,
    count.throughModuleIndex,
    count.bypassReasoned,
    count.bypass.length,
  ];
  return `${name.padEnd(14)}${figures.map((figure, i) => String(figure).padStart((COLUMNS[i] ?? '').length + 2)).join('')}`;
}

console.log(`Imports into another layer of src/ (${root})`);
console.log(
  `${'from'.padEnd(14)}${COLUMNS.map((column) => column.padStart(column.length + 2)).join('')}`,
);
const layers = [...new Set(files.filter((file) => file.startsWith('src/')).map(layerOf))].sort();
for (const layer of layers) {
  const count = countSeams(edges, (path) => path.startsWith(`src/${layer}/`));
  if (count.crossing > 0) console.log(line(`src/${layer}`, count));
}
const all = countSeams(edges, (path) => path.startsWith('src/'));
console.log(line('src (all)', all));
const emulator = countSeams(edges, (path) => path.startsWith('emulator/'));
console.log(line('emulator', emulator));
const circles = importCircles(edges);
console.log(`\nImport circles: ${circles.length}`);
for (const circle of circles) console.log(`  ${circle.join(' <-> ')}`);
if (values.list) {
  console.log('\nBypassing imports without a reason:');
  for (const edge of [...all.bypass, ...emulator.bypass])
    console.log(`  ${edge.from} -> ${edge.to}`);
}
