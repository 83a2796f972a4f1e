import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  existsSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import template from '../../fixtures/inventaris/productierapport-header.json';
import { runExport } from '../../../src/cli/export/run-export';
import type { CliIo } from '../../../src/cli/cli-io';
import type { GraphClient, SiteIds } from '../../../src/graph';
import { validateAgainst } from '../../xsd/validate-xml';
import { MANAGER, startHarness, type Harness } from '../graph/harness';
import { DOSSIER, fileChatDecision, fileMailWithAttachments, filePlainMail } from './filed-records';

let harness: Harness;
let officer: GraphClient;
let site: SiteIds;
let out: string;

const ORGANISATION = [
  '--organisation',
  'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
  '--organisation-name',
  'ministerie van BZK',
];

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  site = await harness.site(officer);
  await fileMailWithAttachments(officer, site);
  await filePlainMail(officer, site);
  await fileChatDecision(officer, site);
  out = mkdtempSync(join(tmpdir(), 'bronvast-export-'));
});
afterAll(() => harness.stop());

async function exportCli(...args: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    writeLine: async (line) => void lines.push(line),
    writeError: (line) => void errors.push(line),
  };
  const base = [
    '--graph-url',
    harness.emulator.baseUrl,
    '--site',
    'bronvast.sharepoint.com:/sites/informatiebeheer',
  ];
  const code = await runExport([...args, ...base], io, { token: `dev:${MANAGER}` });
  return { code, lines, errors };
}

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(template.sheet);
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

const cellsOf = (row: ExcelJS.Row) => (Array.isArray(row.values) ? row.values.slice(1) : []);

describe('bronvast export against the record system', () => {
  it('writes the inventory as .xlsx with the template header and attachments in their family', async () => {
    const path = join(out, 'inventaris.xlsx');
    const result = await exportCli('inventaris', '--dossier', DOSSIER, '--out', path);
    expect(result).toMatchObject({ code: 0, errors: [] });
    const sheet = await sheetOf(path);
    expect(cellsOf(sheet.getRow(1))).toEqual(template.header);
    const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
    const byDocument = new Map(rows.map((row) => [String(row.getCell(5).value), row]));
    const mail = [...byDocument.entries()].find(([name]) =>
      name.includes('Advies subsidieregeling'),
    )?.[1];
    const pdf = byDocument.get('Advies.pdf');
    const xlsx = byDocument.get('Begroting 2025.xlsx');
    expect(mail?.getCell(6).value).toBe('email');
    expect(pdf?.getCell(6).value).toBe('pdf');
    expect(xlsx?.getCell(6).value).toBe('spreadsheet');
    expect(pdf?.getCell(3).value).toBe(mail?.getCell(1).value);
    expect(xlsx?.getCell(3).value).toBe(mail?.getCell(1).value);
    expect(mail?.getCell(8).value).toBe('Deels openbaar');
    expect(mail?.getCell(14).value).toBe(DOSSIER);
    const chat = rows.find((row) => row.getCell(6).value === 'chat');
    expect(chat).toBeDefined();
    expect(rows).toHaveLength(5);
    const dates = rows.map((row) => (row.getCell(7).value as Date).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('gives the same IDs in a second export, as CSV', async () => {
    const path = join(out, 'inventaris.csv');
    expect((await exportCli('inventaris', '--dossier', DOSSIER, '--out', path)).code).toBe(0);
    const csvIds = readFileSync(path, 'utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((line) => Number(line.split(',')[0]));
    const sheet = await sheetOf(join(out, 'inventaris.xlsx'));
    const xlsxIds = (sheet.getRows(2, sheet.rowCount - 1) ?? []).map((row) => row.getCell(1).value);
    expect(csvIds).toEqual(xlsxIds);
  });

  it('writes one DiWoo file per record, each valid against DiWoo 0.9.8', async () => {
    const folder = join(out, 'diwoo');
    const result = await exportCli('diwoo', '--all', '--out', folder, ...ORGANISATION);
    expect(result.code).toBe(0);
    const names = readdirSync(folder);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const documents = names.map((name) => ({
      name,
      xml: readFileSync(join(folder, name), 'utf8'),
    }));
    expect(await validateAgainst('diwoo', documents)).toEqual({ valid: true, errors: [] });
  });

  it('writes MDTO informatieobject and bestand per record, valid against MDTO 1.0.1', async () => {
    const folder = join(out, 'mdto');
    const result = await exportCli('mdto', '--dossier', DOSSIER, '--out', folder, ...ORGANISATION);
    expect(result).toMatchObject({ code: 0, errors: [] });
    const names = readdirSync(folder);
    expect(names.filter((name) => name.endsWith('.bestand.mdto.xml'))).toHaveLength(3);
    const documents = names.map((name) => ({
      name,
      xml: readFileSync(join(folder, name), 'utf8'),
    }));
    expect(await validateAgainst('mdto', documents)).toEqual({ valid: true, errors: [] });
    const bestand = documents.find((document) => document.xml.includes('fmt/471'));
    expect(bestand?.xml).toMatch(/<omvang>[1-9]\d*<\/omvang>/);
  });

  it('refuses an unknown dossier or status with exit 2 and leaves nothing behind', async () => {
    const path = join(out, 'onbekend.xlsx');
    const dossier = await exportCli('inventaris', '--dossier', 'XYZ-0000', '--out', path);
    expect(dossier.code).toBe(2);
    expect(dossier.errors.join('\n')).toContain('niet in het dossierregister. (XYZ-0000)');
    const status = await exportCli('inventaris', '--all', '--status', 'klaar', '--out', path);
    expect(status.code).toBe(2);
    expect(status.errors.join('\n')).toContain('Deze status bestaat niet');
    expect(readdirSync(out).filter((name) => name.includes('onbekend'))).toEqual([]);
  });

  it('says so when the output cannot be written', async () => {
    const blocker = join(out, 'geen-map');
    writeFileSync(blocker, 'een bestand, geen map');
    const result = await exportCli('inventaris', '--all', '--out', join(blocker, 'lijst.xlsx'));
    expect(result.code).toBe(1);
    expect(result.errors.join('\n')).toContain('kan de uitvoer niet worden geschreven');
    const full = join(out, 'vol');
    mkdirSync(full);
    writeFileSync(join(full, 'ander.xml'), '<x/>');
    const folder = await exportCli('diwoo', '--all', '--out', full, ...ORGANISATION);
    expect(folder.code).toBe(1);
    expect(folder.errors.join('\n')).toContain('niet leeg');
  });

  it('writes a record with missing columns and lists the gap at the end', async () => {
    await filePlainMail(officer, site, { withoutConversation: true });
    const path = join(out, 'gaten.xlsx');
    const result = await exportCli(
      'inventaris',
      '--dossier',
      DOSSIER,
      '--status',
      'te-beoordelen',
      '--out',
      path,
    );
    expect(result.code).toBe(0);
    expect(existsSync(path)).toBe(true);
    expect(result.errors[0]).toContain('Onvolledig: 1 record(s)');
    expect(result.errors[1]).toContain('gesprek (conversation id)');
  });
});
