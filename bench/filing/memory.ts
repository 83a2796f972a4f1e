import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileRecord } from '../../src/graph';
import {
  benchClient,
  benchDraft,
  benchMail,
  childEmulator,
  demoSite,
} from '../../test/filing-soak/harness';
import { fileContent, generatedContent } from '../../test/filing-soak/generated-content';

const MB = 1024 * 1024;

/**
 * Peak memory above baseline while filing one large message streamed from disk, measured in a
 * fresh Node process (so earlier measurements do not raise the baseline) with `--expose-gc`.
 */
export async function measureMemory(sizeBytes = 150 * MB): Promise<Record<string, unknown>> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', __filename, String(sizeBytes)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`memory measurement exited with ${String(code)}`);
  return JSON.parse(output) as Record<string, unknown>;
}

/**
 * The measurement itself. The record system runs in its own process, so only the filing is
 * measured; memory is sampled every 10 ms.
 */
export async function measureMemoryHere(sizeBytes = 150 * MB): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'bronvast-mime-'));
  const path = join(dir, 'large.eml');
  const emulator = await childEmulator();
  try {
    await writeGenerated(path, sizeBytes);
    const client = benchClient(emulator.baseUrl);
    const site = await demoSite(client);
    const { source, close } = await fileContent(path);
    const message = benchMail('memory');
    globalThis.gc?.();
    const baseline = process.memoryUsage();
    const peak = {
      rss: baseline.rss,
      heap: baseline.heapUsed,
      external: baseline.external + baseline.arrayBuffers,
    };
    const timer = setInterval(() => sample(peak), 10);
    const started = performance.now();
    const result = await fileRecord(client, {
      site,
      content: source,
      message,
      metadata: benchDraft(message, 'BENCH'),
      dossierFolder: 'BENCH',
    });
    clearInterval(timer);
    sample(peak);
    await close();
    return {
      kind: result.kind,
      sizeMB: Math.round(sizeBytes / MB),
      seconds: Math.round(performance.now() - started) / 1000,
      rssAboveBaselineMB: round((peak.rss - baseline.rss) / MB),
      heapAboveBaselineMB: round((peak.heap - baseline.heapUsed) / MB),
      externalAboveBaselineMB: round(
        (peak.external - baseline.external - baseline.arrayBuffers) / MB,
      ),
      requests: client.counter.byLabel(),
    };
  } finally {
    await emulator.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function sample(peak: { rss: number; heap: number; external: number }): void {
  const now = process.memoryUsage();
  peak.rss = Math.max(peak.rss, now.rss);
  peak.heap = Math.max(peak.heap, now.heapUsed);
  peak.external = Math.max(peak.external, now.external + now.arrayBuffers);
}

async function writeGenerated(path: string, size: number): Promise<void> {
  const source = generatedContent(size, 150);
  const out = createWriteStream(path);
  for (let offset = 0; offset < size; offset += 4 * MB) {
    const piece = await source.read(offset, Math.min(4 * MB, size - offset));
    if (!out.write(piece)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done, fail) =>
    out.end((error?: Error | null) => (error ? fail(error) : done())),
  );
}

const round = (value: number) => Math.round(value * 10) / 10;

if (require.main === module) {
  measureMemoryHere(Number(process.argv[2] ?? 150 * MB))
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
