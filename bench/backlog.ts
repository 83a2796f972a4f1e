/**
 * Backlog filing benchmarks (`npm run bench -- --only backlog`): `bronvast file` run as a user
 * runs it, 1,000 small mails into the local record system with 50 ms latency injected per
 * request (target: under 60 s; with the default 4 filings at once and with 8); then 10,000 mails filed in this process with the record system
 * in its own, heap and RSS sampled every 1,000 mails (target: flat). The mails are generated in
 * a temp folder; no corpus needed.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runFile } from '../src/cli/file/run-file';
import type { Progress } from '../src/cli/file/progress';
import { childEmulator, inProcessEmulator } from '../test/filing-soak/harness';

const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';
const TOKEN = 'dev:informatiebeheer@bronvast.example';
const DOSSIER = 'BZK-2025-0113';

/** Writes `count` small mails, 100 to a folder. */
function writeMails(root: string, count: number): void {
  for (let n = 0; n < count; n++) {
    const folder = join(root, `map-${String(Math.floor(n / 100)).padStart(3, '0')}`);
    if (n % 100 === 0) mkdirSync(folder, { recursive: true });
    const text = [
      `Message-ID: <bench-backlog-${n}@minbzk.example.nl>`,
      `Date: Tue, 05 Mar 2024 14:${String(n % 60).padStart(2, '0')}:10 +0100`,
      'From: Pieter Jansen <pieter.jansen@minbzk.example.nl>',
      'To: Sanne de Vries <sanne.devries@minbzk.example.nl>',
      `Subject: Advies actieve openbaarmaking ${n}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      `Beste Sanne,\r\n\r\nHierbij advies ${n} over de fasering van de actieve openbaarmaking.\r\n`,
    ].join('\r\n');
    writeFileSync(join(folder, `${n}.eml`), text);
  }
}

async function throughput(count: number, concurrency: number): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'bronvast-backlog-bench-'));
  writeMails(folder, count);
  const record = await inProcessEmulator();
  record.emulator.setFaults({ latencyMs: 50 });
  try {
    const started = Date.now();
    const bin = resolve(__dirname, '..', 'bin', 'bronvast.cjs');
    const args = [
      'file',
      '--graph-url',
      record.emulator.baseUrl,
      '--site',
      SITE,
      '--concurrency',
      String(concurrency),
    ];
    const code = await new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [bin, ...args, '--dossier', DOSSIER, '--all', folder], {
        env: { ...process.env, BRONVAST_GRAPH_TOKEN: TOKEN },
        stdio: ['ignore', 'inherit', 'ignore'],
      });
      child.on('close', done);
    });
    const seconds = (Date.now() - started) / 1000;
    return {
      mails: count,
      latencyMs: 50,
      concurrency,
      exitCode: code,
      seconds,
      under60s: seconds < 60,
    };
  } finally {
    await record.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

function sampledProgress(samples: Record<string, number>[]): Progress {
  let last = 0;
  return {
    start: () => undefined,
    note: () => undefined,
    stop: () => undefined,
    update: (tally) => {
      if (tally.done - last < 1000) return;
      last = tally.done;
      globalThis.gc?.();
      const memory = process.memoryUsage();
      samples.push({
        done: tally.done,
        heapMiB: Math.round((memory.heapUsed / 2 ** 20) * 10) / 10,
        rssMiB: Math.round((memory.rss / 2 ** 20) * 10) / 10,
      });
    },
  };
}

async function memory(count: number): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'bronvast-backlog-bench-'));
  writeMails(folder, count);
  const record = await childEmulator();
  const samples: Record<string, number>[] = [];
  try {
    const started = Date.now();
    const code = await runFile(
      {
        paths: [folder],
        graphUrl: record.baseUrl,
        site: { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
        token: TOKEN,
        dossier: DOSSIER,
        all: true,
        dryRun: false,
        concurrency: 4,
        organisationDomains: [],
        lang: 'nl',
      },
      {
        io: { writeLine: () => Promise.resolve(), writeError: () => undefined },
        progress: sampledProgress(samples),
        onInterrupt: () => () => undefined,
      },
    );
    const first = samples[0];
    const last = samples[samples.length - 1];
    return {
      mails: count,
      exitCode: code,
      seconds: (Date.now() - started) / 1000,
      gcExposed: typeof globalThis.gc === 'function',
      samples,
      heapGrowthMiB:
        first && last ? Math.round((last['heapMiB']! - first['heapMiB']!) * 10) / 10 : null,
      rssGrowthMiB:
        first && last ? Math.round((last['rssMiB']! - first['rssMiB']!) * 10) / 10 : null,
    };
  } finally {
    await record.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Runs both measurements; the sizes can be made smaller for a quick look. */
export async function benchBacklog(
  options: { throughputMails?: number; memoryMails?: number } = {},
): Promise<Record<string, unknown>> {
  const mails = options.throughputMails ?? 1000;
  // The default concurrency, and twice that for comparison: latency-bound, not CPU-bound.
  const latency = await throughput(mails, 4);
  const doubled = await throughput(mails, 8);
  const flat = options.memoryMails === 0 ? null : await memory(options.memoryMails ?? 10_000);
  return { throughput: latency, throughputConcurrency8: doubled, memory: flat };
}

if (require.main === module) {
  benchBacklog()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
