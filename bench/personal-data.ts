/**
 * Personal-data benchmark: per-type precision and recall of `findPersonalData` on the labelled
 * fixture (test/fixtures/personal-data-nl.jsonl), agreement of `isValidIban` with the
 * python-stdnum IBAN vectors (<dataDir>/stdnum-iban), the BSN elfproef examples, and the time
 * to scan a 1 MB body. Run directly: npx tsx bench/personal-data.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPersonalData, isValidBsn, isValidIban } from '../src/core/personal-data/index';
import { shippedNameLexicon } from '../src/core/personal-data/lexicon/shipped-name-lexicon';
import { EVALUATION_SETS, scoreEvaluationSet } from './evaluation-sets';
import { findDataDirectory } from '../scripts/corpora/index';
import { scorePersonalData, type LabelledSnippet } from '../src/core/testing/personal-data-score';

const FIXTURE = resolve(__dirname, '..', 'test', 'fixtures', 'personal-data-nl.jsonl');
const NAMES_FIXTURE = resolve(__dirname, '..', 'test', 'fixtures', 'person-names-nl.jsonl');
const CHECK_FIXTURE = resolve(__dirname, '..', 'test', 'fixtures', 'person-names-check-nl.jsonl');

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The finder as every surface runs it once the name lexicon has loaded. */
const find = (text: string) => findPersonalData(text, shippedNameLexicon());

function fixtureScore(): Record<string, unknown> {
  const snippets = readLines(FIXTURE).map((line): LabelledSnippet => JSON.parse(line));
  const { perType, mismatches } = scorePersonalData(snippets, find);
  return { snippets: snippets.length, perType, mismatches };
}

/** Person names in running prose: precision and recall of the name findings alone. */
function runningTextNames(fixture: string): Record<string, unknown> {
  const snippets = readLines(fixture).map((line): LabelledSnippet => JSON.parse(line));
  const names = (text: string) => find(text).filter((f) => f.type === 'person-name');
  const { perType, mismatches } = scorePersonalData(snippets, names);
  const score = perType['person-name'];
  const target = { precision: 0.8, recall: 0.8 };
  const met = score !== undefined && score.precision >= 0.8 && score.recall >= 0.8;
  return { snippets: snippets.length, score, target, met, mismatches };
}

function agreement(lines: readonly string[], expected: boolean): Record<string, unknown> {
  const disagreements = lines.filter((line) => isValidIban(line) !== expected);
  return { agreeing: lines.length - disagreements.length, total: lines.length, disagreements };
}

function ibanVectors(dataDir: string | null): Record<string, unknown> {
  const folder = dataDir === null ? null : join(dataDir, 'stdnum-iban');
  if (folder === null || !existsSync(folder)) return { skipped: '../shared/data not found' };
  return {
    valid: agreement(readLines(join(folder, 'valid_ibans.txt')), true),
    invalid: agreement(readLines(join(folder, 'invalid_ibans.txt')), false),
  };
}

function bsnExamples(): Record<string, unknown> {
  const examples = [
    { bsn: '111222333', expected: true },
    { bsn: '111252333', expected: false },
  ];
  return Object.fromEntries(
    examples.map(({ bsn, expected }) => [bsn, { expected, actual: isValidBsn(bsn) }]),
  );
}

/**
 * Median wall-clock and CPU milliseconds of `findPersonalData` over a body of about 1 MB built
 * from `unit`. CPU time (user + system of this process) is the figure to compare when the
 * machine is shared: wall-clock time also counts the time other processes held the cores.
 */
function timeOneMegabyte(unit: string): Record<string, number> {
  const body = unit.repeat(Math.ceil(1_000_000 / unit.length));
  find(body.slice(0, 20_000));
  const wall: number[] = [];
  const cpu: number[] = [];
  let findings = 0;
  for (let run = 0; run < 5; run += 1) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    findings = find(body).length;
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { bytes: body.length, findings, medianMs: median(wall), medianCpuMs: median(cpu) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

// A mail of about 860 characters as a policy officer writes it: salutation, prose with dates, amounts and
// case numbers, and a signature with a phone number and an address.
const ORDINARY_MAIL = [
  'Beste Jan,',
  '',
  'In het overleg van 12 maart 2024 is afgesproken dat de beslisnota over zaak Z-2024-001234 ' +
    'voor 1 april naar de directie gaat. De financiële paragraaf gaat uit van € 1.250.000 in ' +
    '2024 en € 2.000.000 in 2025; de dekking komt uit artikel 3.2 van de begroting.',
  'De Raad van State heeft in zijn advies (No. W04.23.00123/I) gevraagd de verhouding tot de ' +
    'Woo nader te motiveren. Wij stellen voor dat in paragraaf 4 van de toelichting te doen en ' +
    'de consultatiereacties (143 in totaal, waarvan 12 van gemeenten) als bijlage op te nemen.',
  'Kun jij de planning bijwerken? De Kamerbrief staat gepland voor de ministerraad van 19 april.',
  'De vragen van het lid Van der Plas (kenmerk 2024Z05678) moeten binnen drie weken beantwoord ' +
    'worden; het concept ligt bij de juristen van directie Wetgeving.',
  '',
  'Met vriendelijke groet,',
  '',
  'Petra de Boer',
  'Beleidsmedewerker',
  'T 06-12345678',
  '',
  '',
].join('\n');

function timing(): Record<string, unknown> {
  const snippets = readLines(FIXTURE).map((line): LabelledSnippet => JSON.parse(line));
  return {
    ordinaryMail: timeOneMegabyte(ORDINARY_MAIL),
    fixtureText: timeOneMegabyte(`${snippets.map((snippet) => snippet.text).join('\n\n')}\n\n`),
    digitsAndSpaces: timeOneMegabyte('1 12 123 1234 12345 0 06 +31 '),
    oneLongWord: timeOneMegabyte('a'),
  };
}

/**
 * Per evaluation set (kinds of text the recogniser was not built on; `holdout` untouched until
 * the end), with and without the name lexicon: what a surface shows at once, and once loaded.
 */
function evaluationSets(): Record<string, unknown> {
  const method =
    'findPersonalData on hand-labelled snippets (bench/fixtures/evaluation-*.jsonl); a finding ' +
    'counts when it overlaps a labelled span of its type; address = street and number and/or ' +
    'postcode with number; recall = found labels / labels, precision = true findings / findings';
  const sets = Object.fromEntries(
    EVALUATION_SETS.map((name) => {
      const withLexicon = scoreEvaluationSet(name, find);
      const without = scoreEvaluationSet(name, (text) => findPersonalData(text));
      return [
        name,
        {
          ...withLexicon.figures,
          personNamesWithoutLexicon: without.figures['person-name'],
          mismatches: withLexicon.mismatches.map((m) => `${m.kind} ${m.type}: ${m.text}`),
        },
      ];
    }),
  );
  return { method, ...sets };
}

/** The personal-data figures; the IBAN-vector part is skipped when `dataDir` is missing. */
export async function benchPersonalData(dataDir: string | null): Promise<Record<string, unknown>> {
  return {
    evaluationSets: evaluationSets(),
    fixture: fixtureScore(),
    runningTextNames: runningTextNames(NAMES_FIXTURE),
    // Written after the recogniser was finished and never used to tune it.
    runningTextNamesCheck: runningTextNames(CHECK_FIXTURE),
    ibanVectors: ibanVectors(dataDir),
    bsnExamples: bsnExamples(),
    timing: timing(),
  };
}

if (require.main === module) {
  void benchPersonalData(findDataDirectory()).then((result) => {
    console.log(JSON.stringify(result, null, 2));
  });
}
