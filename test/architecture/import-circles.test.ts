import { importCircles } from '../../scripts/seams/import-circles';
import { importEdges, sourceFiles } from '../../scripts/seams/import-graph';
import { root } from './lint-probe';

// Files that import each other can only be read, tested and moved together: there are none,
// and a new one fails here with its files named (`npx tsx scripts/import-seams.ts` prints them).
describe('the import graph', () => {
  it('has no circles', () => {
    const files = ['src', 'emulator', 'scripts', 'bench', 'test'].flatMap((folder) =>
      sourceFiles(root, folder),
    );
    const circles = importCircles(importEdges(root, files));
    expect(circles.map((circle) => circle.join(' <-> '))).toEqual([]);
  });
});
