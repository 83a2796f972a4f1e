import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { join } from 'node:path';
import { aDocx, aPdf } from '../../../src/documents/testing/document-files';
import { aMailWithAttachments } from '../../../src/documents/testing/mail-with-attachments';
import template from '../../fixtures/inventaris/productierapport-header.json';
import { validateAgainst } from '../../xsd/validate-xml';
import { chromiumAvailable, launchChromium, type TestBrowser } from '../chromium';

const run = chromiumAvailable() ? describe : describe.skip;

run('the export API and the document readers in Chromium (as the review page calls them)', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('assesses attachments, writes the inventory and a zip of valid MDTO files in the browser', async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, 'browser-entry.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      alias: { url: join(__dirname, '..', '..', '..', 'src', 'exports', 'url-shim.ts') },
      logLevel: 'silent',
    });
    const mime = await aMailWithAttachments([
      { name: 'Advies.pdf', contentType: 'application/pdf', bytes: aPdf(['Het advies.']) },
      {
        name: 'Aanvraag.docx',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await aDocx(['Aanvrager met BSN 111222333.']),
      },
    ]);
    const page = await browser.context.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const result = await page.evaluate((text) => window.runExports(text), mime);
    expect(result.attachments).toMatchObject([
      { kind: 'assessed', name: 'Advies.pdf', level: 'openbaar' },
      { kind: 'assessed', name: 'Aanvraag.docx', level: 'deels-openbaar', grounds: ['5.1.1e'] },
    ]);
    expect(result.refused).toMatchObject({ valid: false, problems: [{ file: 'fout.xml' }] });
    expect(result.progress).toBe(1);
    expect(result.csv.split('\r\n')[0]).toBe(template.header.join(','));
    const workbook = new ExcelJS.Workbook();
    // ExcelJS's typings want a Node Buffer of their own vintage.
    await workbook.xlsx.load(Buffer.from(result.xlsx) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(template.sheet);
    const header = sheet?.getRow(1).values;
    expect(Array.isArray(header) ? header.slice(1) : []).toEqual(template.header);
    expect(sheet?.rowCount).toBe(5);
    const zip = await JSZip.loadAsync(Uint8Array.from(result.zip));
    const documents = await Promise.all(
      Object.keys(zip.files).map(async (name) => ({
        name,
        xml: (await zip.file(name)?.async('string')) ?? '',
      })),
    );
    expect(documents).toHaveLength(4);
    expect(await validateAgainst('mdto', documents)).toEqual({ valid: true, errors: [] });
  });
});
