import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findDataDirectory, loadAllCorpora } from './corpora';
import { trainingExamples } from './corpora/training-plan';
import { trainRelevance } from '../src/core/relevance/training';
import type { TrainingResult } from '../src/core/relevance/training';

/** Where the product reads its weights from. */
const WEIGHTS_PATH = resolve(__dirname, '..', 'src', 'core', 'relevance', 'weights.json');

function printFigures(result: TrainingResult, keys: readonly string[]): void {
  const bySource = new Map<string, { right: number; total: number }>();
  result.outOfFold.forEach((scored, index) => {
    const [source = '', id = ''] = (keys[index] ?? '').split(':');
    const group = source === 'spam-assassin' ? `/${id.replace(/-\d+\/.*$/, '')}` : '';
    const cell = `${source}${group} ${scored.relevant ? 'relevant' : 'not-relevant'}`;
    const entry = bySource.get(cell) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (scored.score >= result.threshold === scored.relevant) entry.right += 1;
    bySource.set(cell, entry);
  });
  console.log(`threshold ${result.threshold} (cross-validated on the training split)`);
  console.log(
    `weighted balanced accuracy, out of fold: ${result.crossValidatedAccuracy.toFixed(3)}`,
  );
  for (const [cell, { right, total }] of [...bySource].sort()) {
    console.log(
      `  ${cell.padEnd(36)} ${(right / total).toFixed(3)} of ${total} right (out of fold)`,
    );
  }
}

async function main(): Promise<void> {
  const dataDir = findDataDirectory();
  if (dataDir === null) {
    process.exitCode = 1;
    return;
  }
  const examples = trainingExamples(await loadAllCorpora(dataDir));
  console.log(`training on ${examples.length} messages of the training split`);
  const started = Date.now();
  const result = trainRelevance(examples);
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printFigures(
    result,
    examples.map((example) => example.key),
  );
  // One key a line: small, stable diffs for the scalars; the file is kept out of prettier.
  const lines = Object.entries(result.weights).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  const text = `{\n${lines.join(',\n')}\n}\n`;
  writeFileSync(WEIGHTS_PATH, text);
  console.log(`wrote ${WEIGHTS_PATH} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
}

void main();
