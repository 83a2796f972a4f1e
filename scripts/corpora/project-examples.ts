import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { asSourceId } from '../../src/core/ids';
import type { Message, Party } from '../../src/core/message';
import { field, readJsonLines, stringField } from './jsonl';
import type { LabelledExample } from './labelled-example';
import { splitOf } from './split';

/** Source name of the Dutch ministry mails the project writes itself (scripts/examples). */
export const PROJECT_EXAMPLES = 'project-examples';

/** The folder with the project's own examples, one JSON object a line. */
export const EXAMPLES_DIRECTORY = resolve(__dirname, '..', 'examples');

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

function partyOf(address: string): Party {
  return { address: address.toLowerCase() };
}

function headersOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** Turns one example record ({id, subject, from, to, cc, body, attachments, headers, relevant}). */
export function exampleFromRecord(record: unknown, file: string): LabelledExample {
  const id = `${file}/${stringField(record, 'id') ?? ''}`;
  const from = stringField(record, 'from');
  const message: Message = {
    kind: 'mail',
    id: asSourceId(`${PROJECT_EXAMPLES}:${id}`),
    subject: stringField(record, 'subject') ?? '',
    ...(from === undefined ? {} : { from: partyOf(from) }),
    to: strings(field(record, 'to')).map(partyOf),
    cc: strings(field(record, 'cc')).map(partyOf),
    bodyText: stringField(record, 'body') ?? '',
    headers: headersOf(field(record, 'headers')),
    attachments: strings(field(record, 'attachments')).map((name) => ({ name, size: 50_000 })),
  };
  const relevant = field(record, 'relevant');
  return {
    source: PROJECT_EXAMPLES,
    id,
    message,
    relevant: typeof relevant === 'boolean' ? relevant : null,
    group: stringField(record, 'group') ?? (relevant === true ? 'relevant' : 'not-relevant'),
    split: splitOf(PROJECT_EXAMPLES, id),
  };
}

/** Loads every scripts/examples/*.jsonl file, in name order. */
export function loadProjectExamples(directory: string = EXAMPLES_DIRECTORY): LabelledExample[] {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  return files.flatMap((file) =>
    readJsonLines(join(directory, file)).map((record) => exampleFromRecord(record, file)),
  );
}
