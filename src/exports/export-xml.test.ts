import type { XmlExportConfig } from './export-config';
import { anExportRecord, withoutColumns } from './export-record.fixture';
import { exportXml } from './export-xml';
import { recordNumber } from './record-number';

const config: XmlExportConfig = {
  organisation: {
    tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363',
    name: 'gemeente Amsterdam',
  },
};

describe('exportXml', () => {
  it('names each file by the record ID and reports progress per record', () => {
    const records = [anExportRecord(), anExportRecord()];
    const seen: number[] = [];
    const { files } = exportXml(records, {
      format: 'mdto',
      config,
      onProgress: ({ done, total }) => seen.push(done / total),
    });
    const id = recordNumber(records[0]!);
    expect(files.map((file) => file.name).slice(0, 2)).toEqual([
      `${id}.mdto.xml`,
      `${id}.bestand.mdto.xml`,
    ]);
    expect(files).toHaveLength(4);
    expect(seen).toEqual([0.5, 1]);
  });

  it('lists what a record lacked for DiWoo', () => {
    const record = withoutColumns(anExportRecord(), 'wooCategory');
    const { files, gaps } = exportXml([record], { format: 'diwoo', config });
    expect(files).toHaveLength(1);
    expect(gaps).toEqual([
      { recordId: record.recordId, fileName: record.fileName, missing: ['woo-category'] },
    ]);
  });
});
