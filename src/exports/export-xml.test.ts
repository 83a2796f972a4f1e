import { validateXmlFiles as validator } from './validate-xml';
import type { XmlExportConfig } from './export-config';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { exportXml, type XmlExport } from './export-xml';
import { recordNumber } from './record-number';

const config: XmlExportConfig = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
    name: 'gemeente Amsterdam',
  },
  organisationDomains: ['amsterdam.nl'],
};

const written = (result: XmlExport) => {
  if (result.kind !== 'written') throw new Error(JSON.stringify(result.invalid));
  return result;
};

describe('exportXml', () => {
  it('names each file by the record ID and reports progress per record', async () => {
    const records = [anExportRecord(), anExportRecord()];
    const seen: number[] = [];
    const { files } = written(
      await exportXml(records, {
        format: 'mdto',
        config,
        validator,
        onProgress: ({ done, total }) => seen.push(done / total),
      }),
    );
    const id = recordNumber(records[0]!);
    expect(files.map((file) => file.name).slice(0, 2)).toEqual([
      `${id}.mdto.xml`,
      `${id}.bestand.mdto.xml`,
    ]);
    expect(files).toHaveLength(4);
    expect(seen).toEqual([0.5, 1]);
  });

  it('lists what a record lacked for DiWoo, and adds the sitemap when asked', async () => {
    const record = withoutColumns(anExportRecord(), 'wooCategory');
    const { files, gaps } = written(
      await exportXml([record], {
        format: 'diwoo',
        config,
        validator,
        sitemap: { publicationUrl: 'https://open.amsterdam.nl/woo/' },
      }),
    );
    expect(files.map((file) => file.name)).toEqual([
      `${recordNumber(record)}.diwoo.xml`,
      'sitemap.xml',
    ]);
    expect(gaps).toEqual([
      { recordId: record.recordId, fileName: record.fileName, missing: ['woo-category'] },
    ]);
  });

  it('fails the export, naming the record, when a file would be invalid', async () => {
    const unlisted = {
      ...config,
      organisation: {
        tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999',
        name: 'X',
      },
    };
    const record = anExportRecord({ metadata: { subject: 'Nota over de brug' } });
    const result = await exportXml([record], { format: 'diwoo', config: unlisted, validator });
    expect(result).toMatchObject({
      kind: 'invalid',
      invalid: [{ file: `${recordNumber(record)}.diwoo.xml`, record: 'Nota over de brug' }],
    });
  });
});
