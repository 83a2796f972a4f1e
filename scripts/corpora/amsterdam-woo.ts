import { corpusFile } from './data-dir';
import { field, readJsonLines, stringField } from './jsonl';
import type { LabelledExample } from './labelled-example';
import { splitByDossier } from './split';
import { messageFromOcr } from './woo-message';

/** Source name of the Amsterdam Woo/Wob releases. */
export const AMSTERDAM_WOO = 'amsterdam-woo';

/**
 * The Amsterdam mail messages released under the Woo/Wob: all records, so all relevant;
 * `dossier` is the decision they were released in and `lowValue` marks receipts, meeting
 * acceptances and auto-replies (`derived_low_value_hint` set); `group` is the hint or `record`.
 */
export function loadAmsterdamWoo(dataDir: string): LabelledExample[] {
  const records = readJsonLines(corpusFile(dataDir, 'amsterdam-woo', 'email_messages_train.jsonl'));
  const rows = records.map((record) => ({
    record,
    id: stringField(record, 'id') ?? '',
    dossier: stringField(record, 'dossier') ?? '',
  }));
  const splits = splitByDossier(AMSTERDAM_WOO, rows);
  return rows.map(({ record, id, dossier }) => {
    const hint = field(record, 'derived_low_value_hint');
    return {
      source: AMSTERDAM_WOO,
      id,
      message: messageFromOcr(
        `${AMSTERDAM_WOO}:${id}`,
        stringField(record, 'text') ?? '',
        stringField(record, 'subject'),
      ),
      relevant: true,
      dossier,
      lowValue: typeof hint === 'string' && hint !== '',
      group: typeof hint === 'string' ? hint : 'record',
      split: splits.get(id) ?? 'train',
    };
  });
}
