/**
 * Prints how the code's modules meet: cross-layer imports that bypass a layer's index (per
 * layer), the same for the local record system's imports of src/, and the import circles.
 * `npx tsx scripts/import-seams.ts [--root DIR] [--list]`; `--root` measures another checkout,
 * `--list` names every bypassing import.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importCircles } from './seams/import-circles';
import { importEdges, sourceFiles } from './seams/import-graph';
import { countSeams, layerOf, type SeamCount } from './seams/layer-seams';

// A reader that stops early (`| head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({
  options: { root: { type: 'string' }, list: { type: 'boolean', default: false } },
});
const root = resolve(values.root ?? resolve(__dirname, '..'));
const files = ['src', 'emulator', 'scripts', 'bench', 'test'].flatMap((folder) =>
  sourceFiles(root, folder),
);
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
