import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anExportRecord } from '../../exports/export-record.fixture';
import { writeExport } from './write-export';

async function* pagesOf(...records: ReturnType<typeof anExportRecord>[]) {
  yield records;
}

describe('writeExport', () => {
  it('fails on a file the schema refuses, naming its record, before writing anything', async () => {
    const options = {
      format: 'diwoo',
      graphUrl: 'u',
      site: { hostname: 'h', path: '/sites/x' },
      dossiers: [],
      out: 'map',
      fileFormat: 'folder',
      organisationDomains: ['minbzk.nl'],
      context: 'actief',
      waardering: 'N',
      lang: 'nl',
    } as const;
    const folder = mkdtempSync(join(tmpdir(), 'bronvast-write-export-'));
    const unlisted = {
      tooiUri: 'https://identifier.overheid.nl/tooi/id/gemeente/gm9999',
      name: 'X',
    };
    const record = anExportRecord({ metadata: { subject: 'Nota over de brug' } });
    const result = await writeExport(pagesOf(record), options, unlisted, folder);
    expect(result).toMatchObject({ invalid: [{ record: 'Nota over de brug' }] });
    expect(readdirSync(folder)).toEqual([]);
  });
});
