import { validateXmlFiles } from '../src/exports/validate-xml';
/**
 * Woo decision package benchmark (default 170 mails: 510 documents): mails with two attachments each (a readable note and a PDF
 * that is listed, not read) filed into the local record system over HTTP, all selected for one
 * request, then the package written to a file: time, peak heap while it runs, and the same at
 * a fifth of the size, so that "memory flat in the number of documents" is a ratio. A sample of
 * the PDFs is read back: none may hold a removed passage, each must show its grounds.
 * Run directly (`npx tsx bench/woo-package.ts [count]`) it prints JSON.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { startEmulator } from '../emulator/main';
import { findPersonalData } from '../src/core/personal-data';
import { extractPdfText, findable } from '../src/exports/woo-package/testing/pdf-text';
import {
  buildDecisionPackage,
  documentOutcome,
  loadDeskRecord,
  readAttachmentText,
} from '../src/filing/woo';
import { createGraphClient, resolveSite, type GraphClient, type SiteIds } from '../src/graph';
import { addToSelection, createWooRequest, resolveWooSite, type WooSite } from '../src/graph/woo';
import { fileTestMail } from '../test/integration/woo/woo-records';

const MANAGER = 'informatiebeheer@bronvast.example';
const xml = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van BZK',
  },
  organisationDomains: ['bronvast.example'],
};
const SAMPLE = 25;

const body = (n: number) =>
  `Beste collega,\n\nIn het overleg over windpark ${n} is besloten de vergunning aan te passen. ` +
  `Neem contact op met Pieter Jansen via 06-${String(10_000_000 + n).slice(0, 8)} of pieter.jansen${n}@example.nl.\n` +
  `${'De planning en de begroting worden in het volgende overleg besproken. '.repeat(20)}\nGroet, Sanne`;

async function fill(
  client: GraphClient,
  site: SiteIds,
  woo: WooSite,
  zaak: string,
  count: number,
  offset: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let n = offset; n < offset + count; n += 1) {
    ids.push(
      await fileTestMail(
        client,
        site,
        {
          id: `bench-${n}@example.nl`,
          from: { name: 'Pieter Jansen', address: 'pieter.jansen@example.nl' },
          subject: `Windpark ${n}`,
          text: body(n),
          date: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
          attachments: [
            {
              name: `notitie-${n}.txt`,
              contentType: 'text/plain',
              content: Buffer.from(`Notitie ${n}: burger met BSN 111222333 belde.`),
            },
            {
              name: `scan-${n}.pdf`,
              contentType: 'application/pdf',
              content: Buffer.from('%PDF-1.4 scan'),
            },
          ],
        },
        MANAGER,
      ),
    );
  }
  await createWooRequest(client, woo, {
    zaaknummer: zaak,
    received: new Date('2025-06-01T00:00:00Z'),
    text: 'bench',
    requester: 'x',
  });
  await addToSelection(client, woo, zaak, ids);
  return ids;
}

async function packageOnce(client: GraphClient, woo: WooSite, zaak: string, out: string) {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let live = base;
  let writes = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 10);
  const file = createWriteStream(out);
  const start = performance.now();
  const summary = await buildDecisionPackage({
    client,
    woo,
    zaaknummer: zaak,
    reader: readAttachmentText,
    validate: validateXmlFiles,
    findPersonalData,
    xml,
    sink: {
      write: async (chunk) => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        // Every 50 writes the garbage is collected: what is left is what the package holds.
        writes += 1;
        if (gc !== undefined && writes % 50 === 0) {
          gc();
          live = Math.max(live, process.memoryUsage().heapUsed);
        }
        if (!file.write(chunk)) await once(file, 'drain');
      },
    },
  });
  await new Promise<void>((resolve) => file.end(resolve));
  const ms = performance.now() - start;
  clearInterval(timer);
  const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
  return {
    ms: Math.round(ms),
    peakHeapMb: mb(peak - base),
    peakLiveHeapMb: mb(live - base),
    summary,
    bytes: statSync(out).size,
  };
}

/** Files `count` mails with attachments, packages them, and checks a sample of the PDFs. */
export async function benchWooPackage(count = 170): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-bench-woo-package-'));
  const emulator = await startEmulator({ port: 0, dataDir, resourceBudget: 'off' });
  try {
    const client = createGraphClient({
      tokenProvider: () => Promise.resolve(`dev:${MANAGER}`),
      baseUrl: emulator.baseUrl,
    });
    const site = await resolveSite(client, {
      hostname: 'bronvast.sharepoint.com',
      path: '/sites/informatiebeheer',
    });
    if (site.kind !== 'resolved') throw new Error('demo site missing');
    const woo = await resolveWooSite(client, site.ids);
    if (woo.kind !== 'resolved') throw new Error('woo lists missing');
    const small = Math.max(1, Math.floor(count / 5));
    const fillStart = performance.now();
    await fill(client, site.ids, woo.woo, 'BENCH-SMALL', small, 0);
    const ids = await fill(client, site.ids, woo.woo, 'BENCH-FULL', count, small);
    const fillMs = Math.round(performance.now() - fillStart);
    const smallRun = await packageOnce(client, woo.woo, 'BENCH-SMALL', join(dataDir, 'small.zip'));
    const fullRun = await packageOnce(client, woo.woo, 'BENCH-FULL', join(dataDir, 'full.zip'));
    const check = await checkSample(client, site.ids, ids, join(dataDir, 'full.zip'));
    return {
      documents: { mails: count, attachments: count * 2 },
      fillMs,
      full: fullRun,
      small: { mails: small, ...smallRun },
      msPerMail: Math.round((fullRun.ms / count) * 10) / 10,
      heapRatioFullToSmall:
        Math.round((fullRun.peakHeapMb / Math.max(0.1, smallRun.peakHeapMb)) * 100) / 100,
      liveHeapRatioFullToSmall:
        Math.round((fullRun.peakLiveHeapMb / Math.max(0.1, smallRun.peakLiveHeapMb)) * 100) / 100,
      redactionCheck: check,
    };
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function checkSample(
  client: GraphClient,
  site: SiteIds,
  ids: readonly string[],
  zipPath: string,
) {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const pdfs = Object.keys(files).filter((name) => name.startsWith('documenten/'));
  let passagesFound = 0;
  let groundsMissing = 0;
  let checked = 0;
  const texts = await Promise.all(
    pdfs.slice(0, SAMPLE * 2).map(async (name) => extractPdfText(files[name] ?? new Uint8Array())),
  );
  for (const recordId of ids.slice(0, SAMPLE)) {
    const documents = (await loadDeskRecord(client, site, recordId, readAttachmentText)) ?? [];
    for (const document of documents) {
      if (document.text === null) continue;
      const outcome = documentOutcome(document, undefined, undefined, findPersonalData);
      const marker = document.kind === 'mail' ? document.title : document.text.slice(0, 12);
      const text = texts.find((candidate) => findable(candidate, marker));
      if (text === undefined) continue;
      checked += 1;
      for (const proposal of outcome.proposals)
        if (findable(text, proposal.text)) passagesFound += 1;
      for (const segment of outcome.segments)
        if (
          segment.kind === 'redacted' &&
          !segment.grounds.every((ground) => findable(text, ground))
        )
          groundsMissing += 1;
    }
  }
  return {
    pdfsInPackage: pdfs.length,
    pdfsChecked: checked,
    removedPassagesFound: passagesFound,
    groundBoxesWithoutCode: groundsMissing,
  };
}

if (require.main === module) {
  void benchWooPackage(Number(process.argv[2] ?? 170)).then((result) =>
    console.log(JSON.stringify(result, null, 2)),
  );
}
