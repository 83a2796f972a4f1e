import { loadAmsterdamWoo } from './amsterdam-woo';
import { loadEnron } from './enron';
import type { LabelledExample } from './labelled-example';
import { loadNlNotifications } from './nl-notifications';
import { loadProjectExamples } from './project-examples';
import { loadSpamAssassin } from './spam-assassin';
import { loadWooWaalwijk } from './woo-waalwijk';

/**
 * Every corpus, in a fixed order: the data-folder corpora, SpamAssassin (from npm) and the
 * project's own examples. Both splits are returned; callers filter on `split`.
 */
export async function loadAllCorpora(dataDir: string): Promise<LabelledExample[]> {
  return [
    ...(await loadEnron(dataDir)),
    ...loadWooWaalwijk(dataDir),
    ...loadAmsterdamWoo(dataDir),
    ...loadNlNotifications(dataDir),
    ...(await loadSpamAssassin()),
    ...loadProjectExamples(),
  ];
}
