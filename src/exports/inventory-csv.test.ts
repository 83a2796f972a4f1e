import { anExportRecord } from './export-record.fixture';
import { csvField, inventoryCsv } from './inventory-csv';
import { inventoryRows } from './inventory-rows';

describe('inventoryCsv', () => {
  it('starts with the template header, without a byte order mark, lines ending CRLF', () => {
    const text = [...inventoryCsv(inventoryRows([anExportRecord()]))].join('');
    expect(text.charCodeAt(0)).toBe('I'.charCodeAt(0));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'ID,Matter,Family,Email Thread ID,Document,File Type,Datum,Beoordeling,Opgeschort,Beoordelingsgrond,Toelichting,Publieke Link,Gerelateerd ID,Zaaknummer',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Besluit, definitief')).toBe('"Besluit, definitief"');
    expect(csvField('Het "nieuwe" plan')).toBe('"Het ""nieuwe"" plan"');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('gewoon')).toBe('gewoon');
  });

  it('keeps text that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("http://evil","klik")')).toBe(
      '"\'=HYPERLINK(""http://evil"",""klik"")"',
    );
    expect(csvField('+31 70 123')).toBe("'+31 70 123");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });

  it('neutralises a hostile document name in the file', () => {
    const record = anExportRecord({ metadata: { subject: '=cmd|calc!A1' } });
    const text = [...inventoryCsv(inventoryRows([record]))].join('');
    expect(text).toContain(",'=cmd|calc!A1,");
  });
});
