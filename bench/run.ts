import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDataDirectory } from '../scripts/corpora';
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

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const only = option('--only')?.split(',') ?? Object.keys(sections);
  const soakCount = Number(option('--soak') ?? 1000);
  const dataDir = findDataDirectory();
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
  };
  for (const name of only) {
    const section = sections[name];
    if (!section)
      throw new Error(`unknown bench section ${name}; known: ${Object.keys(sections).join(', ')}`);
    console.error(`bench: ${name} ...`);
    try {
      results[name] = await section(dataDir, soakCount);
    } catch (error) {
      results[name] = { failed: error instanceof Error ? error.message : String(error) };
    }
    console.log(JSON.stringify({ [name]: results[name] }, null, 2));
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync(join('.bench', 'results.json'), JSON.stringify(results, null, 2));
  console.error('bench: all figures written to .bench/results.json');
}

void main();
