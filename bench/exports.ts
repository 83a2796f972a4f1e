/**
 * Export benchmarks against the local record system (in its own process, so only the export's
 * memory is measured): the Woo inventory list of 10,000 records as .xlsx and .csv (every status),
 * a quarter of them mails with three real attachments (PDF, Word, Excel) whose text is read and
 * assessed on its own; and DiWoo and MDTO for 1,000 records, every file validated against its
 * schema. Prints time, CPU time and peak memory above the start. Targets on the shared 2-core
 * machine: inventory under 120 s with RSS growth under 500 MB; DiWoo and MDTO under 20 s. Needs
 * no corpus.
 * `npm run bench -- --only exports`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aDocx, aPdf, anXlsx } from '../src/documents/testing/document-files';
import { aMailWithAttachments } from '../src/documents/testing/mail-with-attachments';
import { insertBulkRecords, type BulkContent } from '../emulator/testing/bulk-records';
import { measureExport, type ExportRun } from './exports/export-run';
import { childEmulator } from '../test/filing-soak/harness';

const RECORDS = 10_000;
const ATTACHMENT_EVERY = 4;

/** A mail with a two-page-like PDF note, a Word letter and a budget workbook. */
async function mailWithAttachments(): Promise<Uint8Array> {
  const lines = Array.from(
    { length: 40 },
    (_, n) => `Regel ${n + 1} van het advies over de subsidieregeling, kenmerk BZK-2025-0113.`,
  );
  const mime = await aMailWithAttachments([
    {
      name: 'Advies.pdf',
      contentType: 'application/pdf',
      bytes: aPdf([...lines, 'Aanvrager met BSN 111222333.']),
    },
    {
      name: 'Brief.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await aDocx([...lines, 'Met vriendelijke groet, Pieter Jansen, 06-12345678.']),
    },
    {
      name: 'Begroting.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await anXlsx(Array.from({ length: 50 }, (_, n) => [`Post ${n}`, n * 125])),
    },
  ]);
  return new TextEncoder().encode(mime);
}

async function withRecordSystem<T>(
  bulk: number,
  content: BulkContent | undefined,
  run: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-exports-'));
  await insertBulkRecords(dataDir, bulk, content === undefined ? {} : { content });
  const emulator = await childEmulator(dataDir);
  try {
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
  const mime = await mailWithAttachments();
  const inventory = await withRecordSystem(
    RECORDS,
    { every: ATTACHMENT_EVERY, mime },
    async (baseUrl) => ({
      xlsx: await measureExport(baseUrl, 'inventaris', 'inventaris.xlsx'),
      csv: await measureExport(baseUrl, 'inventaris', 'inventaris.csv'),
    }),
  );
  const xml = await withRecordSystem(1_000, undefined, async (baseUrl) => ({
    diwoo: await measureExport(baseUrl, 'diwoo', 'diwoo'),
    mdto: await measureExport(baseUrl, 'mdto', 'mdto'),
  }));
  return {
    inventory10000: {
      records: RECORDS,
      mailsWithAttachments: Math.ceil(RECORDS / ATTACHMENT_EVERY),
      attachmentsAssessed: 3 * Math.ceil(RECORDS / ATTACHMENT_EVERY),
      ...inventory,
    },
    xml1000: xml,
    targets: {
      inventoryXlsxUnder120sAndRssUnder500MB: within(inventory.xlsx, 120, 500),
      inventoryCsvUnder120sAndRssUnder500MB: within(inventory.csv, 120, 500),
      diwooUnder20s: within(xml.diwoo, 20),
      mdtoUnder20s: within(xml.mdto, 20),
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
