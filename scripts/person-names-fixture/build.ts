/**
 * Writes test/fixtures/person-names-nl.jsonl, the labelled set of person names in running Dutch
 * prose (government mail, news, reports), and person-names-check-nl.jsonl, the smaller set
 * written after the recogniser and never used to tune it, from the snippets beside this file,
 * with the exact UTF-16 offsets of every marked name. Run: npx tsx scripts/person-names-fixture/build.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSnippet } from '../personal-data-fixture/build';
import { CHECK_SNIPPETS } from './snippets-check';
import { CONTRAST_SNIPPETS } from './snippets-contrast';
import { MAIL_SNIPPETS } from './snippets-mail';
import { NEWS_SNIPPETS } from './snippets-news';
import { PROSE_SNIPPETS } from './snippets-prose';
import { REPORT_SNIPPETS } from './snippets-reports';

function write(markups: readonly string[], name: string): void {
  const lines = markups.map((markup) => JSON.stringify(parseSnippet(markup)));
  const target = resolve(__dirname, '..', '..', 'test', 'fixtures', name);
  writeFileSync(target, `${lines.join('\n')}\n`);
  const names = lines.reduce((sum, line) => sum + (line.match(/"person-name"/g)?.length ?? 0), 0);
  console.log(`wrote ${lines.length} snippets with ${names} names to ${target}`);
}

function main(): void {
  const snippets = [
    ...MAIL_SNIPPETS,
    ...NEWS_SNIPPETS,
    ...REPORT_SNIPPETS,
    ...PROSE_SNIPPETS,
    ...CONTRAST_SNIPPETS,
  ];
  write(snippets, 'person-names-nl.jsonl');
  write(CHECK_SNIPPETS, 'person-names-check-nl.jsonl');
}

main();
