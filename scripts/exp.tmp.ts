import { findDataDirectory, loadAllCorpora } from './corpora';
import type { LabelledExample } from './corpora';
import { trainingExamples, trainingLabel } from './corpora/training-plan';
import { relevanceFeatures, toSparseVector, compileModel, marginOf, sigmoid, fnv1a } from '../src/core/relevance';
import { fitLogistic, packWeights } from '../src/core/relevance/training';
import type { FitRow, FitSettings } from '../src/core/relevance/training';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';

async function main(): Promise<void> {
  const corpus = await loadAllCorpora(findDataDirectory() ?? '');
  const train = corpus.filter((e) => e.split === 'train');
  const configs: { name: string; fit: FitSettings; shares?: Record<string, number> }[] = JSON.parse(process.argv[2] ?? '[]');
  for (const config of configs) {
    const plan = await import('./corpora/training-plan');
    const saved = { ...plan.CELL_SHARES };
    Object.assign(plan.CELL_SHARES, config.shares ?? {});
    const examples = trainingExamples(train);
    Object.assign(plan.CELL_SHARES, saved);
    const keyed = new Map(train.map((e) => [`${e.source}:${e.id}`, e]));
    const rows: FitRow[] = examples.map((e) => ({ vector: toSparseVector(relevanceFeatures(e.message)), label: e.relevant ? 1 : 0, weight: e.weight }));
    const folds = examples.map((e) => fnv1a(e.key) % 3);
    const scores = new Array<number>(rows.length).fill(0);
    for (let f = 0; f < 3; f += 1) {
      const fitted = fitLogistic(rows.filter((_, i) => folds[i] !== f), config.fit);
      const model = compileModel(packWeights(fitted, 0.5, new Map()));
      rows.forEach((r, i) => { if (folds[i] === f) scores[i] = sigmoid(marginOf(model.weights, model.bias, r.vector)); });
    }
    for (const t of [0.3, 0.4, 0.5, 0.6]) {
      const pick = (pred: (e: LabelledExample) => boolean) => examples.map((e, i) => ({ e: keyed.get(e.key)!, s: scores[i]! })).filter((x) => pred(x.e));
      const share = (xs: { s: number }[]) => (xs.filter((x) => x.s >= t).length / (xs.length || 1)).toFixed(3);
      const en = pick((e) => e.source === 'enron');
      const f1 = (pos: boolean) => { const tp = en.filter((x) => (x.s >= t) === pos && x.e.relevant === pos).length; const p = en.filter((x) => (x.s >= t) === pos).length; const a = en.filter((x) => x.e.relevant === pos).length; return (2 * tp) / (p + a); };
      console.log(config.name, 't', t, 'enronF1', ((f1(true) + f1(false)) / 2).toFixed(3), 'neg', f1(false).toFixed(3),
        'spam', share(pick((e) => e.group?.startsWith('spam') ?? false)), 'hard', share(pick((e) => e.group === 'hard-ham-1')),
        'easy', share(pick((e) => e.group?.startsWith('easy') ?? false)),
        'waal', share(pick((e) => e.source === 'woo-waalwijk' && e.lowValue !== true)), 'ams', share(pick((e) => e.source === 'amsterdam-woo' && e.lowValue !== true)),
        'notif', share(pick((e) => e.source === 'nl-notifications')), 'exPos', share(pick((e) => e.source === 'project-examples' && e.relevant === true)), 'exNeg', share(pick((e) => e.source === 'project-examples' && e.relevant === false)));
    }
    if (config.name.endsWith('!')) {
      const items = examples.map((e, i) => ({ e: keyed.get(e.key)!, s: scores[i]! }));
      for (const x of items.filter((x) => x.e.group?.startsWith('spam') && x.s >= 0.5).slice(0, 15)) console.log('SPAM-FP', x.s.toFixed(2), x.e.message.subject.slice(0, 60), '|', x.e.message.bodyText.slice(0, 100).replace(/\s+/g, ' '));
      for (const x of items.filter((x) => x.e.source === 'enron' && x.e.relevant === false && x.s >= 0.5).slice(0, 15)) console.log('ENRON-FP', x.e.group, x.s.toFixed(2), x.e.message.subject.slice(0, 60), '|', x.e.message.bodyText.slice(0, 140).replace(/\s+/g, ' '));
    }
  }
}
void main();
