import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import template from '../../fixtures/inventaris/productierapport-header.json';
import { runExport } from '../../../src/cli/export/run-export';
import type { CliIo } from '../../../src/cli/shared/cli-io';
import type { GraphClient, SiteIds } from '../../../src/graph';
import { readAsPlatform } from '../../woo-platform/inventory-reader';
import { validateAgainst, type SchemaName } from '../../xsd/validate-xml';
import { MANAGER, startHarness, type Harness } from '../graph/harness';
import {
  acceptRecords,
  DOSSIER,
  fileChatDecision,
  fileHostileMail,
  fileMailWithAttachments,
  filePlainMail,
} from './filed-records';

let harness: Harness;
let officer: GraphClient;
let site: SiteIds;
let out: string;

const ORGANISATION = [
  '--organisation',
  'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
  '--organisation-name',
  'ministerie van BZK',
  '--organisation-domains',
  'bronvast.example',
];

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  site = await harness.site(officer);
  await fileMailWithAttachments(officer, site);
  await filePlainMail(officer, site);
  await fileChatDecision(officer, site);
  await fileHostileMail(officer, site);
  await acceptRecords(
    harness.client(MANAGER),
    site,
    /Advies subsidieregeling met bijlagen|Besluit over de planning/,
  );
  out = mkdtempSync(join(tmpdir(), 'bronvast-export-'));
}, 60_000);
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
    // A status other than te-beoordelen counts only when one of this group set it.
    '--records-managers-group',
    RECORDS_MANAGERS_GROUP.id,
  ];
  const code = await runExport([...args, ...base], io, { token: `dev:${MANAGER}`, env: {} });
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
const documentsIn = (folder: string) =>
  readdirSync(folder).map((name) => ({ name, xml: readFileSync(join(folder, name), 'utf8') }));
const valid = async (schema: SchemaName, folder: string) =>
  validateAgainst(
    schema,
    documentsIn(folder).filter((d) => d.name !== 'sitemap.xml'),
  );

describe('bronvast export against the record system', () => {
  it('lists the accepted records by default, each attachment with its own assessment', async () => {
    const path = join(out, 'inventaris.xlsx');
    const result = await exportCli(
      'inventaris',
      '--dossier',
      DOSSIER,
      '--out',
      path,
      '--zaaknummer',
      '2025-0042',
    );
    expect(result).toMatchObject({ code: 0, errors: [] });
    expect(result.lines[1]).toContain('2 bijlage(n) door Bronvast beoordeeld op hun eigen tekst');
    const sheet = await sheetOf(path);
    expect(cellsOf(sheet.getRow(1))).toEqual(template.header);
    const rows = sheet.getRows(2, sheet.rowCount - 1) ?? [];
    const byDocument = new Map(rows.map((row) => [String(row.getCell(5).value), row]));
    const mail = byDocument.get('Advies subsidieregeling met bijlagen');
    const pdf = byDocument.get('Advies.pdf');
    const xlsx = byDocument.get('Begroting 2025.xlsx');
    expect(rows).toHaveLength(4);
    expect([...byDocument.keys()].some((name) => name.endsWith('.eml'))).toBe(false);
    expect(mail?.getCell(8).value).toBe('Deels openbaar');
    expect([pdf?.getCell(6).value, pdf?.getCell(8).value, pdf?.getCell(10).value]).toEqual([
      'pdf',
      'Deels openbaar',
      '5.1.1e',
    ]);
    expect([xlsx?.getCell(6).value, xlsx?.getCell(8).value, xlsx?.getCell(10).value ?? '']).toEqual(
      ['spreadsheet', 'Openbaar', ''],
    );
    expect(pdf?.getCell(3).value).toBe(mail?.getCell(1).value);
    expect(mail?.getCell(14).value).toBe('2025-0042');
    expect(rows.find((row) => row.getCell(6).value === 'chat')).toBeDefined();
    const platform = await readAsPlatform(readFileSync(path));
    expect(platform.flatMap((row) => row.problems)).toEqual([]);
  });

  it('states every other record "Niet openbaar" with a note, as CSV without a byte order mark', async () => {
    const path = join(out, 'alle.csv');
    const result = await exportCli(
      'inventaris',
      '--dossier',
      DOSSIER,
      '--status',
      'alle',
      '--out',
      path,
    );
    expect(result.code).toBe(0);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString()).toBe('ID');
    const lines = bytes.toString('utf8').split('\r\n').slice(1, -1);
    const hostile = lines.find((line) => line.includes('Agenda Q&A; overleg'));
    expect(hostile).toContain('Niet openbaar');
    expect(hostile).toContain('Nog niet beoordeeld');
    expect(result.errors.join('\n')).toContain('niet beoordeeld door een informatiebeheerder');
  });

  it('writes DiWoo for a Woo request under 3.3.2i, with a sitemap, every file valid', async () => {
    const folder = join(out, 'diwoo');
    const result = await exportCli(
      'diwoo',
      '--all',
      '--out',
      folder,
      ...ORGANISATION,
      '--context',
      'woo-verzoek',
      '--sitemap',
      'https://open.example.nl/woo/2025-17/',
    );
    expect(result.code).toBe(0);
    expect(result.lines[0]).toContain('geschreven en gevalideerd');
    expect(await valid('diwoo', folder)).toEqual({ valid: true, errors: [] });
    const sitemap = readFileSync(join(folder, 'sitemap.xml'), 'utf8');
    expect(await validateAgainst('sitemap', [{ name: 'sitemap.xml', xml: sitemap }])).toEqual({
      valid: true,
      errors: [],
    });
    const files = documentsIn(folder).filter((d) => d.name.endsWith('.diwoo.xml'));
    expect(files.every((file) => file.xml.includes('c_3baef532'))).toBe(true);
    expect(
      files.some((file) =>
        file.xml.includes('Agenda Q&amp;A; overleg  a &amp;amp; b &lt;![CDATA[ ]]&gt;'),
      ),
    ).toBe(true);
  });

  it('writes MDTO per record, valid against MDTO 1.0.1, with the events of each direction', async () => {
    const folder = join(out, 'mdto');
    const result = await exportCli(
      'mdto',
      '--dossier',
      DOSSIER,
      '--out',
      folder,
      ...ORGANISATION,
      '--waardering',
      'B',
    );
    expect(result.code).toBe(0);
    const documents = documentsIn(folder);
    expect(documents.filter((d) => d.name.endsWith('.bestand.mdto.xml'))).toHaveLength(4);
    expect(await valid('mdto', folder)).toEqual({ valid: true, errors: [] });
    expect(documents.find((d) => d.xml.includes('fmt/471'))?.xml).toMatch(
      /<omvang>[1-9]\d*<\/omvang>/,
    );
    const objects = documents.filter(
      (d) => d.name.endsWith('.mdto.xml') && !d.name.includes('bestand'),
    );
    expect(
      objects.every((d) => d.xml.includes('Blijvend te bewaren') && d.xml.includes('Opname')),
    ).toBe(true);
    expect(objects.some((d) => d.xml.includes('Ontvangst'))).toBe(true);
    expect(objects.every((d) => !d.xml.includes('Registratie'))).toBe(true);
  });

  it('refuses an organisation that is not on the TOOI lists, or has no name, with exit 2', async () => {
    const folder = join(out, 'onbekend');
    const unlisted = await exportCli(
      'diwoo',
      '--all',
      '--out',
      folder,
      '--organisation',
      'https://identifier.overheid.nl/tooi/id/ministerie/mnre9999',
      '--organisation-name',
      'X',
      '--organisation-domains',
      'x.nl',
    );
    expect(unlisted.code).toBe(2);
    expect(unlisted.errors[0]).toContain('niet op de TOOI-lijsten');
    const nameless = await exportCli(
      'mdto',
      '--all',
      '--out',
      folder,
      '--organisation',
      'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
      '--organisation-domains',
      'x.nl',
    );
    expect(nameless.code).toBe(2);
    expect(existsSync(folder)).toBe(false);
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
    expect(result.errors[0]).toContain('Onvolledig:');
    expect(result.errors.join('\n')).toContain('gesprek (conversation id)');
  });
});
