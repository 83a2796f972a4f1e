import { validateXmlFiles } from '../../../src/exports/validate-xml';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { aDocx } from '../../../src/documents/testing/document-files';
import { findPersonalData } from '../../../src/core/personal-data';
import {
  buildDecisionPackage,
  documentProposals,
  isWooPackageError,
  loadDeskRecord,
  readAttachmentText,
} from '../../../src/filing/woo';
import type { XmlExportConfig } from '../../../src/exports';
import type { GraphClient, SiteIds } from '../../../src/graph';
import {
  addToSelection,
  createWooRequest,
  listSelection,
  recordWooSearch,
  resolveWooSite,
  saveRedactions,
  searchRecords,
  type WooSite,
} from '../../../src/graph/woo';
import { extractPdfText, findable } from '../../../src/exports/woo-package/testing/pdf-text';
import { validateAgainst } from '../../xsd/validate-xml';
import { MANAGER, OFFICER, startHarness, type Harness } from '../graph/harness';
import { fileTestMail } from './woo-records';

const ZAAK = 'WOO-2025-0042';
const xml = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
    name: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  },
  organisationDomains: ['bronvast.example'],
};
let harness: Harness;
let manager: GraphClient;
let site: SiteIds;
let woo: WooSite;
const ids: Record<string, string> = {};

const original =
  'Beste Sanne,\nHierbij het advies over het windpark Noordzee. Bel me op 06-12345678.\nGroet, Pieter Jansen';

beforeAll(async () => {
  harness = await startHarness();
  const officer = harness.client(OFFICER);
  manager = harness.client(MANAGER);
  site = await harness.site(manager);
  await harness.site(officer);
  const resolved = await resolveWooSite(manager, site);
  if (resolved.kind !== 'resolved') throw new Error('no woo lists');
  woo = resolved.woo;
  const pieter = { name: 'Pieter Jansen', address: 'pieter.jansen@example.nl' };
  ids['first'] = await fileTestMail(
    officer,
    site,
    {
      id: 'first@example.nl',
      from: pieter,
      subject: 'Advies windpark',
      text: original,
      date: '2025-03-03T09:00:00Z',
      attachments: [
        {
          name: 'notitie.txt',
          contentType: 'text/plain',
          content: Buffer.from('Notitie windpark: burger met BSN 111222333 klaagt.'),
        },
        {
          name: 'scan.pdf',
          contentType: 'application/pdf',
          content: Buffer.from('%PDF-1.4 not really a pdf'),
        },
        {
          name: 'besluitnota.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          content: Buffer.from(
            await aDocx(['Besluitnota windmolenpark.', 'Pieter Jansen belt op 06-12345678.']),
          ),
        },
      ],
    },
    OFFICER,
  );
  ids['reply'] = await fileTestMail(
    officer,
    site,
    {
      id: 'reply@example.nl',
      from: { name: 'Sanne de Vries', address: 'beleid@bronvast.example' },
      subject: 'RE: Advies windpark',
      text: `Dank, ik kijk ernaar. Project Zeewind blijft vertrouwelijk.\n\n${original
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`,
      date: '2025-03-04T09:00:00Z',
      inReplyTo: 'first@example.nl',
    },
    OFFICER,
  );
  ids['other'] = await fileTestMail(
    officer,
    site,
    {
      id: 'other@example.nl',
      from: pieter,
      subject: 'Begroting',
      text: 'Over de begroting van het windpark.',
      date: '2025-03-05T09:00:00Z',
      dossier: 'BZK-2025-0021',
    },
    OFFICER,
  );
  await createWooRequest(manager, woo, {
    zaaknummer: ZAAK,
    received: new Date('2025-04-01T00:00:00Z'),
    text: 'Alles over het windpark',
    requester: 'Verzoeker Geheim',
  });
}, 60_000);
afterAll(() => harness.stop());

async function packageBytes(config: XmlExportConfig = xml): Promise<{
  files: Record<string, Uint8Array>;
  summary: Awaited<ReturnType<typeof buildDecisionPackage>>;
  progress: number[];
}> {
  const chunks: Uint8Array[] = [];
  const progress: number[] = [];
  const summary = await buildDecisionPackage({
    client: manager,
    woo,
    zaaknummer: ZAAK,
    reader: readAttachmentText,
    validate: validateXmlFiles,
    findPersonalData,
    xml: config,
    sink: {
      write: (chunk) => {
        chunks.push(chunk);
        return Promise.resolve();
      },
    },
    onProgress: (step) => progress.push(step.done),
  });
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return { files: unzipSync(all), summary, progress };
}

describe('the decision package of a Woo request', () => {
  it('is made from a search, a selection and the coordinator’s decisions, and holds up when checked', async () => {
    const page = await searchRecords(manager, site, { text: 'windpark' });
    expect(page.total).toBe(3);
    await recordWooSearch(manager, woo, ZAAK, { text: 'windpark' }, page.total);
    await addToSelection(
      manager,
      woo,
      ZAAK,
      page.hits.flatMap((hit) => (hit.record === null ? [] : [hit.record.recordId])),
    );
    const loaded = await loadDeskRecord(manager, site, ids['reply'] ?? '', readAttachmentText);
    const reply = loaded?.[0];
    if (reply === undefined) throw new Error('reply not loaded');
    const proposals = documentProposals(reply, undefined, findPersonalData);
    const phone = proposals.find((proposal) => proposal.text === '06-12345678');
    const sanne = proposals.filter((proposal) => proposal.text.startsWith('Sanne'));
    expect(phone).toBeDefined();
    const selected = (await listSelection(manager, woo, ZAAK)).find(
      (document) => document.key === ids['reply'],
    );
    if (selected === undefined || sanne.length === 0) throw new Error('not selected');
    await saveRedactions(manager, woo, ZAAK, selected, {
      // Every proposal of her name is rejected: an accepted one removes its text everywhere.
      proposals: new Map(sanne.map((proposal) => [proposal.id, 'rejected'] as const)),
      manual: [{ text: 'Project Zeewind', ground: '5.1.2i' }],
    });

    const { files, summary, progress } = await packageBytes();
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        `inventaris-${ZAAK}.xlsx`,
        'samenvatting.txt',
        'zoekverantwoording.csv',
      ]),
    );
    const pdfs = names.filter((name) => name.startsWith('documenten/'));
    // The first mail is quoted whole in the reply (dubbel), the PDF attachment cannot be read:
    // published are the reply, the other mail and the two readable attachments (text, Word).
    expect(pdfs).toHaveLength(4);
    expect(summary).toEqual(expect.objectContaining({ documents: 6, published: 4, unreadable: 1 }));
    expect(progress.at(-1)).toBe(3);

    for (const name of pdfs) {
      const text = await extractPdfText(files[name] ?? new Uint8Array());
      for (const secret of [
        '06-12345678',
        'Pieter Jansen',
        'pieter.jansen@example.nl',
        '111222333',
        'Project Zeewind',
      ])
        expect(findable(text, secret)).toBe(false);
    }
    const replyText = await Promise.all(
      pdfs.map(async (name) => extractPdfText(files[name] ?? new Uint8Array())),
    );
    // The Word attachment's own text is published, its personal data redacted.
    expect(replyText.some((text) => findable(text, 'Besluitnota windmolenpark'))).toBe(true);
    const withZeewind = replyText.find((text) => findable(text, 'vertrouwelijk'));
    expect(withZeewind !== undefined && findable(withZeewind, '5.1.2i')).toBe(true);
    expect(withZeewind !== undefined && findable(withZeewind, 'Sanne de Vries')).toBe(true);
    expect(replyText.some((text) => findable(text, '5.1.1e'))).toBe(true);

    const diwoo = names
      .filter((name) => name.startsWith('metadata/'))
      .map((name) => ({ name, xml: new TextDecoder().decode(files[name]) }));
    expect(diwoo).toHaveLength(4);
    const verdict = await validateAgainst('diwoo', diwoo);
    expect(verdict.errors).toEqual([]);
    expect(diwoo[0]?.xml).toContain('kern/c_3baef532');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (files[`inventaris-${ZAAK}.xlsx`] ?? new Uint8Array()).buffer as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Sheet1');
    const rows = (sheet?.getSheetValues() ?? [])
      .slice(2)
      .filter((row) => Array.isArray(row)) as unknown[][];
    expect(rows).toHaveLength(6);
    const cells = rows.map((row) =>
      row.map((cell) => (cell instanceof Date ? cell.toISOString() : String(cell ?? ''))).join('|'),
    );
    expect(cells.every((line) => line.includes(ZAAK))).toBe(true);
    expect(cells.some((line) => line.includes('dubbel'))).toBe(true);
    expect(cells.join('\n')).not.toContain('.eml');
    const summaryText = new TextDecoder().decode(files['samenvatting.txt']);
    expect(summaryText).toContain('als aanvaard behandeld');
    expect(summaryText).toContain('scan.pdf');
    const all = Object.values(files)
      .map((bytes) => new TextDecoder('latin1').decode(bytes))
      .join('');
    expect(all).not.toContain('Verzoeker Geheim');
    const log = new TextDecoder().decode(files['zoekverantwoording.csv']);
    expect(log).toContain('windpark');
    expect(log).toContain(MANAGER);
  }, 120_000);

  it('is not made when a document’s DiWoo metadata fails the schema, and names the document', async () => {
    // An organisation the TOOI lists do not know is no valid DiWoo publisher.
    const unknown = {
      ...xml,
      organisation: { ...xml.organisation, tooiUri: `${xml.organisation.tooiUri}9` },
    };
    const made = packageBytes(unknown);
    await expect(made).rejects.toMatchObject({ code: 'invalid-metadata' });
    await made.catch((error: unknown) =>
      expect(isWooPackageError(error) && error.document?.title).toEqual(expect.any(String)),
    );
  }, 120_000);
});
