import { corpusFile } from './data-dir';
import { field, readJsonLines, stringField } from './jsonl';
import type { LabelledExample } from './labelled-example';
import { messageFromRfc822 } from './rfc822';
import { splitOf } from './split';

/** Source name of the UC Berkeley annotated Enron set. */
export const ENRON = 'enron';

function relevanceOf(proxy: string | undefined): boolean | null {
  if (proxy === 'yes') return true;
  if (proxy === 'no') return false;
  return null;
}

/**
 * The annotated Enron mails. `relevant` follows the corpus's `policy_relevant_proxy` (1.1 company
 * business and 1.6 document editing yes; 1.2/1.3 personal and 1.7/1.8 empty no; 1.4 logistics and
 * 1.5 employment null); `group` is the coarse genre, e.g. `coarse-1.1`.
 */
export async function loadEnron(dataDir: string): Promise<LabelledExample[]> {
  const records = readJsonLines(corpusFile(dataDir, 'enron', 'enron_train.jsonl.gz'));
  const examples: LabelledExample[] = [];
  for (const record of records) {
    const id = stringField(record, 'id') ?? '';
    const coarse = field(record, 'coarse');
    const genre = Array.isArray(coarse) && typeof coarse[0] === 'number' ? coarse[0] : 0;
    examples.push({
      source: ENRON,
      id,
      message: await messageFromRfc822(stringField(record, 'text') ?? '', `${ENRON}:${id}`),
      relevant: relevanceOf(stringField(record, 'policy_relevant_proxy')),
      group: `coarse-1.${genre}`,
      split: splitOf(ENRON, id),
    });
  }
  return examples;
}
