import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  startEmulator,
  type ResourceBudgetConfig,
  type RunningEmulator,
} from '../../emulator/main';
import { asDossierId, asSourceId } from '../../src/core/ids';
import type { Message } from '../../src/core/message';
import { dedupKey } from '../../src/core/records/dedup-key';
import type { RecordMetadataDraft } from '../../src/core/records/record-metadata';
import { createGraphClient, resolveSite, type GraphClient, type SiteIds } from '../../src/graph';

export const OFFICER = 'beleid@bronvast.example';
export const MANAGER = 'informatiebeheer@bronvast.example';
const DEMO_SITE = { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' };

/** A client for the record system at `baseUrl`. */
export function benchClient(
  baseUrl: string,
  user = OFFICER,
  fetchImpl?: typeof fetch,
): GraphClient {
  return createGraphClient({
    tokenProvider: () => Promise.resolve(`dev:${user}`),
    baseUrl,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
    retry: {
      delaySeconds: 0.05,
      networkDelayMs: 20,
      maxRetries: 10,
      chunkAttempts: 20,
      uploadTimeoutMs: 15_000,
    },
  });
}

/** The demo site's ids. */
export async function demoSite(client: GraphClient): Promise<SiteIds> {
  const resolution = await resolveSite(client, DEMO_SITE);
  if (resolution.kind !== 'resolved') throw new Error('demo site is not provisioned');
  return resolution.ids;
}

/**
 * An in-process record system in a temp folder. Its resource-unit budget is off unless given:
 * these benchmarks measure latency, memory and faults; `backlog-budget.ts` measures throttling.
 */
export async function inProcessEmulator(
  resourceBudget: ResourceBudgetConfig | 'off' = 'off',
): Promise<{
  emulator: RunningEmulator;
  stop: () => Promise<void>;
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir, resourceBudget });
  return {
    emulator,
    stop: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The record system in its own process, so the filing's memory is measured alone; on a new
 * data folder, or on one prepared before (removed when stopped either way).
 */
export async function childEmulator(
  dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-')),
): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const main = resolve(__dirname, '..', '..', 'emulator', 'main.ts');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      ...process.env,
      PORT: '0',
      BRONVAST_DATA_DIR: dataDir,
      BRONVAST_FAULTS: '',
      BRONVAST_RESOURCE_UNITS: 'off',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/v1\.0)/.exec(output);
      if (match?.[1] !== undefined) done(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`emulator exited with ${String(code)}`)));
  });
  const stop = async () => {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { baseUrl, stop };
}

let sequence = 0;

/** A mail message with a unique id. */
export function benchMail(label: string): Message {
  sequence += 1;
  return {
    kind: 'mail',
    id: asSourceId(`<bench-${label}-${process.pid}-${Date.now()}-${sequence}@bench.example.nl>`),
    subject: `Benchmark ${label} ${sequence}`,
    from: { name: 'Bench', address: 'bench@example.nl' },
    to: [{ address: OFFICER }],
    cc: [],
    sent: new Date(),
    bodyText: '',
    headers: {},
    attachments: [],
  };
}

/** The metadata draft the task pane would build. */
export function benchDraft(message: Message, dossier: string): RecordMetadataDraft {
  return {
    sourceKind: 'mail',
    sourceId: message.id,
    dedupKey: dedupKey(message),
    dossier: asDossierId(dossier),
    wooCategory: null,
    assessment: 'openbaar',
    grounds: [],
    relevance: 0.8,
    toelichting: '',
    filedBy: OFFICER,
    filedAt: new Date(),
    reviewStatus: 'te-beoordelen',
    to: [OFFICER],
    cc: [],
    subject: message.subject,
    hasAttachments: false,
  };
}
