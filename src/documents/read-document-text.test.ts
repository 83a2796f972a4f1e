import { readDocumentText } from './read-document-text';
import { aDocx, aPdf, aProtectedOfficeFile, anXlsx } from './testing/document-files';

const text = (value: string) => new TextEncoder().encode(value);

describe('readDocumentText', () => {
  it('reads the text of a PDF', async () => {
    const bytes = aPdf(['Advies over de subsidieregeling', 'BSN 111222333 van de aanvrager']);
    const read = await readDocumentText({ name: 'Advies.pdf', bytes });
    expect(read).toMatchObject({ kind: 'text', format: 'pdf', truncated: false });
    expect(read.kind === 'text' ? read.text : '').toContain('BSN 111222333 van de aanvrager');
  });

  it('reads a PDF by its content even when its name says otherwise', async () => {
    const read = await readDocumentText({ name: 'scan', bytes: aPdf(['Besluit']) });
    expect(read).toMatchObject({ kind: 'text', format: 'pdf' });
  });

  it('says a password-protected PDF or Word file is encrypted', async () => {
    const pdf = await readDocumentText({
      name: 'Geheim.pdf',
      bytes: aPdf(['x'], { encrypt: true }),
    });
    expect(pdf).toEqual({ kind: 'unreadable', format: 'pdf', reason: 'encrypted' });
    const docx = await readDocumentText({ name: 'Nota.docx', bytes: aProtectedOfficeFile() });
    expect(docx).toEqual({ kind: 'unreadable', format: null, reason: 'encrypted' });
  });

  it('reads the paragraphs of a Word document', async () => {
    const bytes = await aDocx(['Doorrekening 2024', 'Bel Jan op 06-12345678.']);
    const read = await readDocumentText({ name: 'Doorrekening.docx', bytes });
    expect(read).toMatchObject({ kind: 'text', format: 'docx' });
    expect(read.kind === 'text' ? read.text.split('\n').filter(Boolean) : []).toEqual([
      'Doorrekening 2024',
      'Bel Jan op 06-12345678.',
    ]);
  });

  it('reads the sheets and cells of an Excel workbook', async () => {
    const bytes = await anXlsx(
      [
        ['Post', 'Bedrag'],
        ['Subsidie', 1250],
      ],
      'Begroting',
    );
    const read = await readDocumentText({ name: 'Begroting.xlsx', bytes });
    expect(read).toEqual({
      kind: 'text',
      format: 'xlsx',
      text: 'Begroting\nPost\tBedrag\nSubsidie\t1250',
      truncated: false,
    });
  });

  it('reads plain text as UTF-8, else as Windows-1252', async () => {
    expect(await readDocumentText({ name: 'notitie.txt', bytes: text('Één regel') })).toMatchObject(
      {
        kind: 'text',
        text: 'Één regel',
      },
    );
    const ansi = Uint8Array.from([0x43, 0x61, 0x66, 0xe9]);
    expect(await readDocumentText({ name: 'oud.txt', bytes: ansi })).toMatchObject({
      text: 'Café',
    });
  });

  it('names why a document cannot be read', async () => {
    const broken = await readDocumentText({ name: 'kapot.pdf', bytes: text('%PDF-1.4 kapot') });
    expect(broken).toEqual({ kind: 'unreadable', format: 'pdf', reason: 'damaged' });
    const zipNoWord = await readDocumentText({ name: 'Nota.docx', bytes: await anXlsx([['a']]) });
    expect(zipNoWord).toEqual({ kind: 'unreadable', format: 'docx', reason: 'damaged' });
    const image = await readDocumentText({
      name: 'foto.png',
      contentType: 'image/png',
      bytes: text('PNG'),
    });
    expect(image).toEqual({ kind: 'unreadable', format: null, reason: 'unsupported-format' });
    const empty = await readDocumentText({ name: 'leeg.pdf', bytes: aPdf([]) });
    expect(empty).toEqual({ kind: 'unreadable', format: 'pdf', reason: 'no-text' });
    const large = await readDocumentText(
      { name: 'groot.txt', bytes: text('abc') },
      { maxBytes: 2 },
    );
    expect(large).toEqual({ kind: 'unreadable', format: 'text', reason: 'too-large' });
  });

  it('cuts the text at the character limit and says so', async () => {
    const read = await readDocumentText(
      { name: 'lang.txt', bytes: text('abcdef') },
      { maxChars: 3 },
    );
    expect(read).toEqual({ kind: 'text', format: 'text', text: 'abc', truncated: true });
  });
});
