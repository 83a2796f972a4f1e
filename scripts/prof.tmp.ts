import { findDataDirectory, loadAllCorpora } from './corpora';
import { trainingExamples } from './corpora/training-plan';
import { relevanceFeatures, toSparseVector } from '../src/core/relevance';
import { fitLogistic } from '../src/core/relevance/training';
async function main(): Promise<void> {
  let t = Date.now();
  const ex = trainingExamples(await loadAllCorpora(findDataDirectory() ?? ''));
  console.log('load', Date.now() - t); t = Date.now();
  const rows = ex.map((e) => ({ vector: toSparseVector(relevanceFeatures(e.message)), label: e.relevant ? 1 as const : 0 as const, weight: e.weight }));
  console.log('features', Date.now() - t, 'nnz', rows.reduce((s, r) => s + r.vector.indices.length, 0)); t = Date.now();
  fitLogistic(rows, { l2: 1e-4, iterations: 20, learningRate: 0.05 });
  console.log('fit 20 it', Date.now() - t);
}
void main();
