/**
 * Writes the evaluation sets of bench/fixtures (one JSONL file per kind of text) from the
 * marked snippets beside this file, with the exact UTF-16 offsets of every span. The held-out
 * set is written too; see docs/assessment.md for how each set was used.
 * Run: npx tsx scripts/evaluation-sets/build.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSnippet } from '../personal-data-fixture/build';
import { CHAT_SET } from './chat';
import { DEIDENTIFICATION_SET } from './deidentification';
import { HOLDOUT_SET } from './holdout';
import { LETTERS_SET } from './letters';
import { MINUTES_SET } from './minutes';
import { NEWS_SET } from './news';

const SETS: Readonly<Record<string, readonly string[]>> = {
  news: NEWS_SET,
  letters: LETTERS_SET,
  minutes: MINUTES_SET,
  chat: CHAT_SET,
  deidentification: DEIDENTIFICATION_SET,
  holdout: HOLDOUT_SET,
};

function main(): void {
  for (const [name, markups] of Object.entries(SETS)) {
    const lines = markups.map((markup) => JSON.stringify(parseSnippet(markup)));
    const target = resolve(__dirname, '..', '..', 'bench', 'fixtures', `evaluation-${name}.jsonl`);
    writeFileSync(target, `${lines.join('\n')}\n`);
    console.log(`wrote ${lines.length} snippets to ${target}`);
  }
}

if (require.main === module) main();
