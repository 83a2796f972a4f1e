/**
 * Export benchmarks against the local record system (in its own process, so only the export's
 * memory is measured): the Woo inventory list of 10,000 records as .xlsx and .csv, 50 of them
 * real mails with two attachments each (their MIME is read for the attachment rows), and DiWoo
 * and MDTO for 1,000 records. Targets: inventory under 10 s with RSS growth under 100 MB; DiWoo
 * and MDTO under 10 s. Needs no corpus. `npm run bench -- --only exports`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertBulkRecords } from '../emulator/testing/bulk-records';
import { createGraphClient, resolveSite } from '../src/graph';
import { fileMailWithAttachments } from '../test/integration/exports/filed-records';
import { measureExport, type ExportRun } from './exports/export-run';
import { childEmulator } from './filing/bench-harness';

const MAILS_WITH_ATTACHMENTS = 50;

async function withRecordSystem<T>(
  bulk: number,
  withAttachments: number,
  run: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-exports-'));
  await insertBulkRecords(dataDir, bulk);
  const emulator = await childEmulator(dataDir);
  try {
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve('dev:beleid@bronvast.example'),
      baseUrl: emulator.baseUrl,
    });
    const resolution = await resolveSite(client, {
      hostname: 'bronvast.sharepoint.com',
      path: '/sites/informatiebeheer',
    });
    if (resolution.kind !== 'resolved') throw new Error('the demo site is not provisioned');
    for (let n = 0; n < withAttachments; n += 1)
      await fileMailWithAttachments(client, resolution.ids);
    return await run(emulator.baseUrl);
  } finally {
    await emulator.stop();
  }
}

const within = (run: ExportRun, seconds: number, megabytes?: number) =>
  run.exitCode === 0 &&
  run.seconds < seconds &&
  (megabytes === undefined || run.rssGrowthMB < megabytes);

/** Runs the export measurements and checks them against their targets. */
export async function benchExports(): Promise<Record<string, unknown>> {
  const inventory = await withRecordSystem(
    10_000 - MAILS_WITH_ATTACHMENTS,
    MAILS_WITH_ATTACHMENTS,
    async (baseUrl) => ({
      xlsx: await measureExport(baseUrl, 'inventaris', 'inventaris.xlsx'),
      csv: await measureExport(baseUrl, 'inventaris', 'inventaris.csv'),
    }),
  );
  const xml = await withRecordSystem(1_000, 0, async (baseUrl) => ({
    diwoo: await measureExport(baseUrl, 'diwoo', 'diwoo'),
    mdto: await measureExport(baseUrl, 'mdto', 'mdto'),
  }));
  return {
    inventory10000: inventory,
    xml1000: xml,
    targets: {
      inventoryXlsxUnder10sAndRssUnder100MB: within(inventory.xlsx, 10, 100),
      inventoryCsvUnder10sAndRssUnder100MB: within(inventory.csv, 10, 100),
      diwooUnder10s: within(xml.diwoo, 10),
      mdtoUnder10s: within(xml.mdto, 10),
    },
  };
}

if (require.main === module) {
  benchExports()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
