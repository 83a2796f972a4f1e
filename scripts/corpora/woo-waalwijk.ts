import { corpusFile } from './data-dir';
import { field, readJsonLines, stringField } from './jsonl';
import type { LabelledExample } from './labelled-example';
import { splitByDossier } from './split';
import { messageFromOcr } from './woo-message';

/** Source name of the Waalwijk Woo release. */
export const WOO_WAALWIJK = 'woo-waalwijk';

/**
 * The Waalwijk mails released under the Woo: all records, so all relevant; `dossier` is the
 * project (`derived_subtopic`) and `lowValue` marks auto-replies and receipts.
 */
export function loadWooWaalwijk(dataDir: string): LabelledExample[] {
  const records = readJsonLines(corpusFile(dataDir, 'woo-waalwijk', 'emails_train.jsonl'));
  const rows = records.map((record) => ({
    record,
    id: stringField(record, 'dc_identifier') ?? '',
    dossier: stringField(record, 'derived_subtopic') ?? '',
  }));
  const splits = splitByDossier(WOO_WAALWIJK, rows);
  return rows.map(({ record, id, dossier }) => ({
    source: WOO_WAALWIJK,
    id,
    message: messageFromOcr(
      `${WOO_WAALWIJK}:${id}`,
      stringField(record, 'full_text') ?? '',
      undefined,
    ),
    relevant: true,
    dossier,
    lowValue: field(record, 'derived_low_value_hint') === true,
    split: splits.get(id) ?? 'train',
  }));
}
