import { asSourceId } from '../../src/core/ids';
import type { Message } from '../../src/core/message';
import { corpusFile } from './data-dir';
import { readJsonLines, stringField } from './jsonl';
import type { LabelledExample } from './labelled-example';
import { splitOf } from './split';

/** Source name of the Dutch notification templates. */
export const NL_NOTIFICATIONS = 'nl-notifications';

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function messageOf(id: string, record: unknown): Message {
  const from = stringField(record, 'from');
  // The templates carry a display name such as "webwinkel (no-reply)" and seldom an address.
  const address = from?.match(ADDRESS)?.[0].toLowerCase() ?? '';
  return {
    kind: 'mail',
    id: asSourceId(`${NL_NOTIFICATIONS}:${id}`),
    subject: stringField(record, 'subject') ?? '',
    ...(from === undefined ? {} : { from: { name: from, address } }),
    to: [],
    cc: [],
    bodyText: stringField(record, 'text') ?? '',
    headers: {},
    attachments: [],
  };
}

/**
 * Dutch automated notifications, transactional mails and newsletters rendered from templates:
 * `negative` is not relevant, `borderline` (a case letter or advice request sent by a case
 * system) is null; `group` is the corpus's `neg_type`.
 */
export function loadNlNotifications(dataDir: string): LabelledExample[] {
  const records = readJsonLines(corpusFile(dataDir, 'nl-notifications', 'templates_train.jsonl'));
  return records.map((record) => {
    const id = stringField(record, 'id') ?? '';
    return {
      source: NL_NOTIFICATIONS,
      id,
      message: messageOf(id, record),
      relevant: stringField(record, 'label') === 'negative' ? false : null,
      group: stringField(record, 'neg_type') ?? 'unknown',
      split: splitOf(NL_NOTIFICATIONS, id),
    };
  });
}
