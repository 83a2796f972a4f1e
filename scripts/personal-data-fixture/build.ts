/**
 * Writes test/fixtures/personal-data-nl.jsonl from the hand-labelled snippets, computing the
 * UTF-16 offsets of every marked span so they are exact. Run: npx tsx scripts/personal-data-fixture/build.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PersonalDataType } from '../../src/core/assessment';
import { IDENTIFIER_SNIPPETS } from './snippets-identifiers';
import { LATER_SNIPPETS } from './snippets-later';
import { MAIL_SNIPPETS } from './snippets-mails';
import { PEOPLE_SNIPPETS } from './snippets-people';

const TYPE_BY_MARK: Readonly<Record<string, PersonalDataType>> = {
  b: 'bsn',
  i: 'iban',
  p: 'phone',
  e: 'email',
  a: 'postcode',
  d: 'date-of-birth',
  n: 'person-name',
  s: 'special-category',
};

interface LabelledSpan {
  readonly type: PersonalDataType;
  readonly start: number;
  readonly end: number;
}

/** Turns "Beste {{n:Jan}}," into the plain text and the span of every marked part. */
export function parseSnippet(markup: string): { text: string; spans: LabelledSpan[] } {
  let text = '';
  const spans: LabelledSpan[] = [];
  let rest = markup;
  for (let open = rest.indexOf('{{'); open >= 0; open = rest.indexOf('{{')) {
    const close = rest.indexOf('}}', open);
    const type = TYPE_BY_MARK[rest.charAt(open + 2)];
    if (close < 0 || type === undefined || rest.charAt(open + 3) !== ':') {
      throw new Error(`bad markup in: ${markup}`);
    }
    text += rest.slice(0, open);
    const value = rest.slice(open + 4, close);
    spans.push({ type, start: text.length, end: text.length + value.length });
    text += value;
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

function main(): void {
  const snippets = [
    ...IDENTIFIER_SNIPPETS,
    ...PEOPLE_SNIPPETS,
    ...MAIL_SNIPPETS,
    ...LATER_SNIPPETS,
  ];
  const lines = snippets.map((markup) => JSON.stringify(parseSnippet(markup)));
  const target = resolve(__dirname, '..', '..', 'test', 'fixtures', 'personal-data-nl.jsonl');
  writeFileSync(target, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} snippets to ${target}`);
}

if (require.main === module) main();
