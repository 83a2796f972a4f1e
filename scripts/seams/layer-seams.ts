import type { ImportEdge } from './import-graph';

/** How the imports from one part of the code into the layers of src/ cross their seams. */
export interface SeamCount {
  /** Imports into another layer. */
  readonly crossing: number;
  /** ... of which land on the layer's index. */
  readonly throughIndex: number;
  /** ... of which land on the index of a module folder inside the layer (`src/core/woo/`). */
  readonly throughModuleIndex: number;
  /** ... of which go straight to a file with a comment above saying why (chunking). */
  readonly bypassReasoned: number;
  /** ... of which go straight to a file and say nothing. */
  readonly bypass: readonly ImportEdge[];
}

/** Tests, fixtures and testing helpers, which may reach into a layer. */
export const TEST_CODE = /\.(test|fixture)\.tsx?$|\/testing\//;

/** `src/graph/records/x.ts` -> `graph`; outside src/: the top folder (`emulator`). */
export function layerOf(path: string): string {
  const parts = path.split('/');
  return parts[0] === 'src' ? (parts[1] ?? '') : (parts[0] ?? '');
}

const isLayerIndex = (path: string): boolean => /^src\/[^/]+\/index\.tsx?$/.test(path);
/** Whether a path is an index file (of a layer or a module folder). */
export const isIndex = (path: string): boolean => /\/index\.tsx?$/.test(path);

/**
 * The seam count of the imports made by production code (tests, fixtures and testing helpers
 * may reach in) whose source `from` selects, into a layer of src/ other than its own.
 */
export function countSeams(
  edges: readonly ImportEdge[],
  from: (path: string) => boolean,
): SeamCount {
  const crossing = edges.filter(
    (edge) =>
      from(edge.from) &&
      !TEST_CODE.test(edge.from) &&
      edge.to.startsWith('src/') &&
      layerOf(edge.to) !== layerOf(edge.from),
  );
  const straight = crossing.filter((edge) => !isIndex(edge.to));
  const throughIndex = crossing.filter((edge) => isLayerIndex(edge.to)).length;
  return {
    crossing: crossing.length,
    throughIndex,
    throughModuleIndex: crossing.length - straight.length - throughIndex,
    bypassReasoned: straight.filter((edge) => edge.reasoned).length,
    bypass: straight.filter((edge) => !edge.reasoned),
  };
}
