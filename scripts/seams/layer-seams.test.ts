import { importCircles } from './import-circles';
import type { ImportEdge } from './import-graph';
import { countSeams } from './layer-seams';

const edge = (from: string, to: string, reasoned = false): ImportEdge => ({
  from,
  to,
  typeOnly: false,
  reasoned,
});

describe('the seam count', () => {
  const edges = [
    edge('src/cli/a.ts', 'src/graph/index.ts'),
    edge('src/cli/a.ts', 'src/core/woo/index.ts'),
    edge('src/cli/a.ts', 'src/graph/site.ts'),
    edge('src/cli/b.ts', 'src/mime/parse-msg.ts', true),
    edge('src/cli/b.ts', 'src/cli/shared/x.ts'),
    edge('src/cli/b.test.ts', 'src/graph/site.ts'),
    edge('src/review/c.ts', 'src/graph/site.ts'),
  ];

  it('tells imports through an index from those past it, with or without a reason', () => {
    const count = countSeams(edges, (path) => path.startsWith('src/cli/'));
    expect(count).toMatchObject({
      crossing: 4,
      throughIndex: 1,
      throughModuleIndex: 1,
      bypassReasoned: 1,
    });
    expect(count.bypass).toEqual([edge('src/cli/a.ts', 'src/graph/site.ts')]);
  });
});

describe('the import circles', () => {
  it('finds each group of files that import each other, and nothing else', () => {
    const circles = importCircles([
      edge('a.ts', 'b.ts'),
      edge('b.ts', 'c.ts'),
      edge('c.ts', 'a.ts'),
      edge('c.ts', 'd.ts'),
      edge('e.ts', 'f.ts'),
      edge('f.ts', 'e.ts'),
      edge('g.ts', 'a.ts'),
    ]);
    expect(circles).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
      ['e.ts', 'f.ts'],
    ]);
  });
});
