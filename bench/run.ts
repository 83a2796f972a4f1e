import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { findDataDirectory } from '../scripts/corpora';
import { figuresPage, isSectionFigures, type SectionFigures } from './figures-page';
import { benchSpeed } from './speed';

type Section = (dataDir: string | null, soakCount: number) => Promise<unknown>;

// Each section is imported when it runs, so one broken or slow part does not stop the others.
const sections: Record<string, Section> = {
  speed: (dataDir) => benchSpeed(dataDir),
  quality: async (dataDir) => (await import('./quality')).benchQuality(dataDir),
  dossier: async (dataDir) => (await import('./dossier')).benchDossier(dataDir),
  personalData: async (dataDir) => (await import('./personal-data')).benchPersonalData(dataDir),
  filing: async (_dataDir, soakCount) => (await import('./filing')).benchFiling({ soakCount }),
  taskpane: async () => (await import('./taskpane')).benchTaskpane(),
  exports: async () => (await import('./exports')).benchExports(),
  backlog: async () => (await import('./backlog')).benchBacklog(),
  backlogBudget: async () => (await import('./backlog-budget')).benchBacklogBudget(),
  recordsQuery: async () => (await import('./records-query')).benchRecordsQuery(),
  review: async () => (await import('./review')).benchReview(),
  learning: async (dataDir) => (await import('./learning')).benchLearning(dataDir),
  teams: async () => (await import('./teams')).benchTeams(),
  verify: async () => (await import('./verify')).benchVerify(),
  wooSearch: async () => (await import('./woo-search')).benchWooSearch(),
  wooPackage: async () => (await import('./woo-package')).benchWooPackage(),
  nogVastleggen: async () => (await import('./nog-vastleggen')).benchNogVastleggen(),
};

const RESULTS = join('.bench', 'results.json');
const FIGURES_PAGE = join('docs', 'figures.md');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The figures of earlier runs, per section: a run of some sections keeps the others'. */
function earlierResults(): Record<string, SectionFigures> {
  if (!existsSync(RESULTS)) return {};
  const parsed: unknown = JSON.parse(readFileSync(RESULTS, 'utf8'));
  const kept: Record<string, SectionFigures> = {};
  const sections =
    typeof parsed === 'object' && parsed !== null && 'sections' in parsed ? parsed.sections : null;
  if (typeof sections !== 'object' || sections === null) return kept;
  for (const [name, section] of Object.entries(sections)) {
    if (isSectionFigures(section)) kept[name] = section;
  }
  return kept;
}

async function main(): Promise<void> {
  const only = option('--only')?.split(',');
  const soakCount = Number(option('--soak') ?? 1000);
  const dataDir = findDataDirectory();
  const results = earlierResults();
  for (const name of only ?? Object.keys(sections)) {
    const section = sections[name];
    if (!section)
      throw new Error(`unknown bench section ${name}; known: ${Object.keys(sections).join(', ')}`);
    console.error(`bench: ${name} ...`);
    const started = { date: new Date().toISOString(), load: loadavg()[0] ?? 0 };
    let figures: unknown;
    try {
      figures = await section(dataDir, soakCount);
    } catch (error) {
      figures = { failed: error instanceof Error ? error.message : String(error) };
    }
    results[name] = { ...started, cores: availableParallelism(), node: process.version, figures };
    console.log(JSON.stringify({ [name]: figures }, null, 2));
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync(RESULTS, JSON.stringify({ sections: results }, null, 2));
  console.error(`bench: all figures written to ${RESULTS}`);
  if (only === undefined || process.argv.includes('--figures')) {
    writeFileSync(FIGURES_PAGE, figuresPage(Object.keys(sections), results));
    console.error(`bench: current figures written to ${FIGURES_PAGE}`);
  }
}

void main();
