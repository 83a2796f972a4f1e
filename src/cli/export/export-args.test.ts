import { readExportArgs } from './export-args';

const base = [
  '--graph-url',
  'http://localhost:4000/v1.0',
  '--site',
  'bronvast.sharepoint.com:/sites/informatiebeheer',
];
const organisation = ['--organisation', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363'];

describe('readExportArgs', () => {
  it('reads an inventory of two dossiers with a status, as .xlsx', () => {
    const command = readExportArgs([
      'inventaris',
      ...base,
      '--dossier',
      'BZK-2025-0113',
      '--dossier',
      'BZK-2025-0021',
      '--status',
      'geaccepteerd',
      '--out',
      'lijst.XLSX',
    ]);
    expect(command).toEqual({
      kind: 'export',
      options: expect.objectContaining({
        format: 'inventaris',
        site: { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
        dossiers: ['BZK-2025-0113', 'BZK-2025-0021'],
        status: 'geaccepteerd',
        fileFormat: 'xlsx',
      }),
    });
  });

  it.each([
    [['pdf', ...base, '--all', '--out', 'x'], 'unknown-format'],
    [['inventaris', ...base, '--out', 'x.csv'], 'missing-selection'],
    [['inventaris', ...base, '--all', '--dossier', 'A', '--out', 'x.csv'], 'both-selections'],
    [['inventaris', ...base, '--all', '--status', 'klaar', '--out', 'x.csv'], 'unknown-status'],
    [['inventaris', ...base, '--all', '--out', 'lijst.pdf'], 'unknown-extension'],
    [['inventaris', ...base, '--all'], 'missing-out'],
    [['diwoo', ...base, '--all', '--out', 'map'], 'missing-organisation'],
    [['mdto', ...base, '--all', '--out', 'map', '--organisation', 'BZK'], 'invalid-organisation'],
    [
      ['inventaris', '--site', 'bronvast', '--graph-url', 'u', '--all', '--out', 'x.csv'],
      'invalid-site',
    ],
    [['inventaris', ...base, '--all', '--out', 'x.csv', '--force'], 'invalid-option'],
  ])('refuses %j with %s', (args, error) => {
    expect(readExportArgs(args)).toMatchObject({ kind: 'usage-error', error });
  });

  it('takes the organisation for DiWoo and a folder as output', () => {
    const command = readExportArgs([
      'diwoo',
      ...base,
      '--all',
      '--out',
      'map',
      ...organisation,
      '--organisation-name',
      'gemeente Amsterdam',
    ]);
    expect(command).toMatchObject({
      kind: 'export',
      options: {
        fileFormat: 'folder',
        dossiers: [],
        organisation: { tooiUri: organisation[1], name: 'gemeente Amsterdam' },
      },
    });
  });
});
