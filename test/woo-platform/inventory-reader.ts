/**
 * How the Rijk's Woo publication platform reads a productierapport, rebuilt from its open source
 * (minvws/nl-rdo-woo-web: `InventoryReaderFactory` column mapping, `HeaderMappingTrait`,
 * `InventoryReader::mapRow`, `InventoryDataHelper`, `Judgement::fromString`, `DocumentId`,
 * `DocumentMatter`, `Inquiry::INQUIRY_NUMBER_REGEX`, `Citation`, `SourceType`), so a test can read
 * Bronvast's .xlsx the way the platform will and find the rows it would refuse or misread.
 */
import ExcelJS from 'exceljs';

type Field =
  | 'date'
  | 'document'
  | 'family'
  | 'sourceType'
  | 'ground'
  | 'id'
  | 'judgement'
  | 'threadId'
  | 'caseNumber'
  | 'suspended'
  | 'link'
  | 'remark'
  | 'matter'
  | 'refersTo';

// InventoryReaderFactory: the internal name, whether the column is required, its header aliases.
const COLUMNS: readonly (readonly [Field, boolean, readonly string[]])[] = [
  ['date', false, ['date', 'datum']],
  [
    'document',
    true,
    [
      'document',
      'document id',
      'documentnr',
      'document nr',
      'documentnr.',
      'document nr.',
      'nr.',
      'omschrijving',
    ],
  ],
  ['family', false, ['family', 'familie', 'family id']],
  ['sourceType', false, ['file type', 'filetype']],
  [
    'ground',
    true,
    ['beoordelingsgrond', 'grond', 'tagmulti006', 'beoordelingsgrond (; gescheiden)'],
  ],
  ['id', true, ['id']],
  ['judgement', true, ['beoordeling', 'openbaarmaking']],
  ['threadId', false, ['thread id', 'email thread id', 'email thread']],
  ['caseNumber', false, ['zaaknr', 'casenr', 'zaak', 'case', 'zaaknummer']],
  ['suspended', false, ['opgeschort', 'suspended', 'tag015']],
  [
    'link',
    false,
    [
      'publiekelinktag',
      'publieke link',
      'publiekelink',
      'publicatielink',
      'publicatie link',
      'publiekelink ( | gescheiden)',
    ],
  ],
  ['remark', false, ['toelichting', 'opmerking']],
  ['matter', true, ['matter', 'matter / marjoleinnummer']],
  ['refersTo', false, ['gerelateerd id']],
];

// Judgement::fromString: these four, anything else (empty included) becomes NOT_PUBLIC.
const JUDGEMENTS = new Map([
  ['openbaar', 'PUBLIC'],
  ['deels openbaar', 'PARTIAL_PUBLIC'],
  ['reeds openbaar', 'ALREADY_PUBLIC'],
  ['niet openbaar', 'NOT_PUBLIC'],
]);
// Citation: the grounds the platform labels, plus 5.1.4 and 5.4a, which it accepts unlabelled.
const GROUNDS = new Set([
  ...['a', 'b', 'c', 'd', 'e'].map((letter) => `5.1.1${letter}`),
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((letter) => `5.1.2${letter}`),
  '5.1.4',
  '5.1.5',
  '5.2',
  '5.4',
  '5.4a',
  'dubbel',
]);
// SourceType: the file types the platform shows by name; an empty cell is "Onbekend".
const SOURCE_TYPES = new Set([
  'pdf',
  'doc',
  'image',
  'presentation',
  'spreadsheet',
  'email',
  'html',
  'note',
  'database',
  'xml',
  'video',
  'audio',
  'vcard',
  'chat',
]);
const DOCUMENT_ID = /^[a-zA-Z0-9.-]*$/;
const DOCUMENT_MATTER = /^[a-zA-Z0-9\-._~]*$/;
const INQUIRY_NUMBER = /^[a-z0-9\-.;() ]+$/i;

/** One row as the platform reads it, with what it would refuse or read other than written. */
export interface PlatformRow {
  readonly row: number;
  readonly id: string;
  readonly matter: string;
  readonly document: string;
  readonly judgement: string;
  readonly grounds: readonly string[];
  readonly familyId: number | null;
  readonly threadId: number | null;
  readonly caseNumbers: readonly string[];
  readonly sourceType: string;
  readonly problems: readonly string[];
}

/** InventoryDataHelper::separateValues: split, trim, drop empties. */
const separate = (value: string, separators: RegExp) =>
  value.trim() === ''
    ? []
    : value
        .split(separators)
        .map((part) => part.trim())
        .filter(Boolean);

function text(cell: ExcelJS.CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object')
    return 'richText' in cell ? cell.richText.map((run) => run.text).join('') : String(cell);
  return String(cell);
}

/** PHP's trim(): spaces, tabs, line ends, NUL and vertical tab only (not a byte order mark). */
const PHP_SPACE = new Set([' ', '\t', '\n', '\r', '\u0000', '\u000B']);
function phpTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && PHP_SPACE.has(value.charAt(start))) start += 1;
  while (end > start && PHP_SPACE.has(value.charAt(end - 1))) end -= 1;
  return value.slice(start, end);
}

/** HeaderMappingTrait::resolveHeaderMapping: the header each field is in, or the missing ones. */
function mapHeaders(headers: readonly string[]): Map<Field, number> | string[] {
  const mapping = new Map<Field, number>();
  headers.forEach((header, index) => {
    const name = phpTrim(phpTrim(header.toLowerCase()).replace(/^[0-9]+/, ''));
    if (name === '') return;
    for (const [field, , aliases] of COLUMNS)
      if (!mapping.has(field) && aliases.includes(name)) mapping.set(field, index);
  });
  const missing = COLUMNS.filter(([field, required]) => required && !mapping.has(field));
  return missing.length > 0 ? missing.map(([field]) => field) : mapping;
}

function optionalInt(value: string, name: string, problems: string[]): number | null {
  if (value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) problems.push(`${name} is no positive integer`);
  return Number.isInteger(number) ? number : null;
}

/**
 * Reads the first sheet of an .xlsx as the platform's InventoryReader does. Throws when a
 * required header is missing (the platform refuses the whole file then).
 */
export async function readAsPlatform(bytes: Uint8Array): Promise<PlatformRow[]> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's typings want a Node Buffer of their own vintage.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  const headerCells = sheet.getRow(1).values;
  const headers = (Array.isArray(headerCells) ? headerCells.slice(1) : []).map(text);
  const mapping = mapHeaders(headers);
  if (Array.isArray(mapping)) throw new Error(`missing headers: ${mapping.join(', ')}`);
  const rows: PlatformRow[] = [];
  for (let index = 2; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const get = (field: Field) => {
      const column = mapping.get(field);
      return column === undefined ? '' : text(row.getCell(column + 1).value).trim();
    };
    rows.push(mapRow(index, get));
  }
  return rows;
}

function mapRow(index: number, get: (field: Field) => string): PlatformRow {
  const problems: string[] = [];
  const id = get('id');
  if (id === '' || !DOCUMENT_ID.test(id) || id.length > 170) problems.push(`invalid ID "${id}"`);
  const matter = get('matter');
  if (matter.length < 2 || matter.length > 255 || !DOCUMENT_MATTER.test(matter))
    problems.push(`invalid Matter "${matter}"`);
  const document = get('document');
  if (document === '' || document.length > 1024) problems.push('invalid Document');
  const written = get('judgement');
  const judgement = JUDGEMENTS.get(written.toLowerCase()) ?? 'NOT_PUBLIC';
  if (!JUDGEMENTS.has(written.toLowerCase()))
    problems.push(`Beoordeling "${written}" is read as Niet openbaar by default`);
  const grounds = separate(get('ground'), /;/);
  for (const ground of grounds)
    if (!GROUNDS.has(ground)) problems.push(`unknown ground "${ground}"`);
  const caseNumbers = separate(get('caseNumber'), /[;,]/);
  for (const number of caseNumbers)
    if (!INQUIRY_NUMBER.test(number)) problems.push(`invalid Zaaknummer "${number}"`);
  const sourceType = get('sourceType');
  if (sourceType !== '' && !SOURCE_TYPES.has(sourceType))
    problems.push(`unknown File Type "${sourceType}"`);
  const date = get('date');
  if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`unreadable Datum "${date}"`);
  return {
    row: index,
    id,
    matter,
    document,
    judgement,
    grounds,
    familyId: optionalInt(get('family'), 'Family', problems),
    threadId: optionalInt(get('threadId'), 'Email Thread ID', problems),
    caseNumbers,
    sourceType,
    problems,
  };
}
