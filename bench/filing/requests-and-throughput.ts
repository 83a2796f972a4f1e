import { contentFromBytes, fileRecord } from '../../src/graph';
import {
  benchClient,
  benchDraft,
  benchMail,
  demoSite,
  inProcessEmulator,
} from '../../test/filing-soak/harness';
import { generatedContent } from '../../test/filing-soak/generated-content';

/** Graph requests per filed mail, small (2 KB) and large (10 MB, upload session), no faults. */
export async function measureRequests(samples = 10): Promise<Record<string, unknown>> {
  const { emulator, stop } = await inProcessEmulator();
  try {
    const client = benchClient(emulator.baseUrl);
    const site = await demoSite(client);
    const perMail = async (size: number) => {
      client.counter.reset();
      for (let i = 0; i < samples; i++) {
        const message = benchMail('count');
        const content =
          size < 4 << 20
            ? contentFromBytes(await generatedContent(size, i).read(0, size))
            : generatedContent(size, i);
        const result = await fileRecord(client, {
          site,
          content,
          message,
          metadata: benchDraft(message, 'BENCH'),
          dossierFolder: 'BENCH',
        });
        if (result.kind !== 'filed') throw new Error(`unexpected ${result.kind}`);
      }
      const byLabel = client.counter.byLabel();
      const lookups = byLabel['records.dedup-lookup'] ?? 0;
      return {
        total: client.counter.total() / samples,
        beyondDedupLookup: (client.counter.total() - lookups) / samples,
        byLabel,
      };
    };
    return { smallMail2KB: await perMail(2048), largeMail10MB: await perMail(10_000_000), samples };
  } finally {
    await stop();
  }
}

/** Small mails filed one after another with 50 ms latency on every request. */
export async function measureThroughput(
  count = 30,
  latencyMs = 50,
): Promise<Record<string, unknown>> {
  const { emulator, stop } = await inProcessEmulator();
  try {
    const client = benchClient(emulator.baseUrl);
    const site = await demoSite(client);
    emulator.setFaults({ latencyMs });
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const message = benchMail('rate');
      const bytes = await generatedContent(20_000, i).read(0, 20_000);
      await fileRecord(client, {
        site,
        content: contentFromBytes(bytes),
        message,
        metadata: benchDraft(message, 'BENCH'),
        dossierFolder: 'BENCH',
      });
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      mailsPerMinute: Math.round((count / seconds) * 60),
      mails: count,
      latencyMs,
      mailSizeBytes: 20_000,
      sequential: true,
    };
  } finally {
    await stop();
  }
}
