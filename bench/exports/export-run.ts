import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/shared/cli-io';
import { runExport } from '../../src/cli/export/run-export';

const MB = 1024 * 1024;
const ORGANISATION = [
  '--organisation',
  'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
  '--organisation-name',
  'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  '--organisation-domains',
  'bronvast.example',
];

/** One export's time, memory above its start (sampled every 10 ms) and what it printed. */
export interface ExportRun {
  readonly seconds: number;
  /** CPU time of the export's own process (user + system): what the machine's load does not change. */
  readonly cpuSeconds: number;
  readonly rssGrowthMB: number;
  readonly exitCode: number;
  readonly summary: string;
}

type Format = 'inventaris' | 'diwoo' | 'mdto';

/**
 * Runs one export in a fresh Node process (with `--expose-gc`), so its memory is measured from
 * a clean baseline and not raised by what ran before.
 */
export async function measureExport(
  baseUrl: string,
  format: Format,
  outName: string,
): Promise<ExportRun> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', __filename, baseUrl, format, outName],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`export measurement exited with ${String(code)}`);
  return JSON.parse(output) as ExportRun;
}

/** Runs `bronvast export` in this process against a record system and measures it. */
export async function measureExportHere(
  baseUrl: string,
  format: Format,
  outName: string,
): Promise<ExportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bronvast-bench-export-'));
  const lines: string[] = [];
  const io: CliIo = {
    writeLine: async (line) => void lines.push(line),
    writeError: (line) => void lines.push(line),
  };
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const args = [
      format,
      '--graph-url',
      baseUrl,
      '--site',
      'bronvast.sharepoint.com:/sites/informatiebeheer',
      '--all',
      '--out',
      join(dir, outName),
      ...(format === 'inventaris' ? ['--status', 'alle'] : ORGANISATION),
    ];
    const exitCode = await runExport(args, io, {
      token: 'dev:informatiebeheer@bronvast.example',
      env: {},
    });
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      seconds: Math.round(seconds * 100) / 100,
      cpuSeconds: Math.round((used.user + used.system) / 10_000) / 100,
      rssGrowthMB: Math.round(((peak - baseline) / MB) * 10) / 10,
      exitCode,
      summary: lines[0] ?? '',
    };
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [baseUrl = '', format = 'inventaris', outName = 'inventaris.xlsx'] = process.argv.slice(2);
  const known = (['inventaris', 'diwoo', 'mdto'] as const).find((name) => name === format);
  if (known === undefined) throw new Error(`unknown format ${format}`);
  measureExportHere(baseUrl, known, outName)
    .then((run) => console.log(JSON.stringify(run)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
