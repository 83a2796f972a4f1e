/**
 * `bronvast file` under SharePoint's resource-unit budget (`npm run bench -- --only
 * backlogBudget`): a backlog of small mails filed into the local record system with its
 * budget on, counting requests and 429 answers, so the adaptive concurrency shows: the run
 * should end with few 429s, not a storm, at about the rate the budget allows.
 *
 * The budget is SharePoint's for a tenant of up to 1,000 licences, 1,200 units a minute, with
 * time compressed (default 20 times: 1,200 units per 3 seconds) so that 10,000 mails take
 * minutes, not hours; figures of time scale back by the same factor.
 * Run directly: `npx tsx bench/backlog-budget.ts [mails] [compression]`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFile } from '../src/cli/file/run-file';
import { inProcessEmulator } from '../test/filing-soak/harness';

const TOKEN = 'dev:informatiebeheer@bronvast.example';

function writeMails(root: string, count: number): void {
  for (let n = 0; n < count; n++) {
    const folder = join(root, `map-${String(Math.floor(n / 100)).padStart(3, '0')}`);
    if (n % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `${n}.eml`),
      [
        `Message-ID: <bench-budget-${n}@minbzk.example.nl>`,
        'Date: Tue, 05 Mar 2024 14:00:10 +0100',
        'From: Pieter Jansen <pieter.jansen@minbzk.example.nl>',
        'To: Sanne de Vries <sanne.devries@minbzk.example.nl>',
        `Subject: Advies actieve openbaarmaking ${n}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        `Hierbij advies ${n} over de fasering van de actieve openbaarmaking.`,
      ].join('\r\n'),
    );
  }
}

/** Files `mails` mails at `--concurrency 8` under the compressed budget; prints what happened. */
export async function benchBacklogBudget(
  mails = 10_000,
  compression = 20,
): Promise<Record<string, unknown>> {
  const folder = mkdtempSync(join(tmpdir(), 'bronvast-budget-bench-'));
  writeMails(folder, mails);
  const budget = { units: 1200, windowSeconds: 60 / compression };
  const record = await inProcessEmulator(budget);
  const counts = { requests: 0, throttled: 0 };
  const counting: typeof fetch = async (input, init) => {
    counts.requests += 1;
    const response = await fetch(input, init);
    if (response.status === 429) counts.throttled += 1;
    return response;
  };
  try {
    const started = Date.now();
    const code = await runFile(
      {
        paths: [folder],
        graphUrl: record.emulator.baseUrl,
        site: { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
        token: TOKEN,
        dossier: 'BZK-2025-0113',
        all: true,
        dryRun: false,
        concurrency: 8,
        organisationDomains: [],
        lang: 'nl',
      },
      {
        io: { writeLine: () => Promise.resolve(), writeError: () => undefined },
        progress: {
          start: () => undefined,
          note: () => undefined,
          update: () => undefined,
          stop: () => undefined,
        },
        onInterrupt: () => () => undefined,
        fetch: counting,
      },
    );
    const seconds = (Date.now() - started) / 1000;
    return {
      mails,
      exitCode: code,
      budget: `${budget.units} resource units per ${budget.windowSeconds} s (1,200 a minute, time ${compression}x compressed)`,
      seconds: Math.round(seconds),
      secondsAtRealBudget: Math.round(seconds * compression),
      mailsPerMinuteAtRealBudget: Math.round((mails / (seconds * compression)) * 60),
      requests: counts.requests,
      throttled429: counts.throttled,
      throttledShare: Math.round((counts.throttled / Math.max(1, counts.requests)) * 1000) / 1000,
    };
  } finally {
    await record.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchBacklogBudget(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 20))
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
