import { readExportArgs } from './export-args';

const base = [
  '--graph-url',
  'http://localhost:4000/v1.0',
  '--site',
  'bronvast.sharepoint.com:/sites/informatiebeheer',
];
const organisation = ['--organisation', 'https://identifier.overheid.nl/tooi/id/gemeente/gm0363'];
const named = [...organisation, '--organisation-name', 'gemeente Amsterdam'];
const domains = ['--organisation-domains', 'amsterdam.nl'];

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
      'te-beoordelen',
      '--out',
      'lijst.XLSX',
    ]);
    expect(command).toEqual({
      kind: 'export',
      options: expect.objectContaining({
        format: 'inventaris',
        site: { hostname: 'bronvast.sharepoint.com', path: '/sites/informatiebeheer' },
        dossiers: ['BZK-2025-0113', 'BZK-2025-0021'],
        status: 'te-beoordelen',
        fileFormat: 'xlsx',
      }),
    });
  });

  it('lists accepted records by default in an inventory, every record with --status alle', () => {
    const inventory = readExportArgs(['inventaris', ...base, '--all', '--out', 'x.csv']);
    expect(inventory).toMatchObject({ options: { status: 'geaccepteerd' } });
    const all = readExportArgs([
      'inventaris',
      ...base,
      '--all',
      '--status',
      'alle',
      '--out',
      'x.csv',
    ]);
    expect(all.kind === 'export' && 'status' in all.options).toBe(false);
    const mdto = readExportArgs(['mdto', ...base, '--all', '--out', 'map', ...named, ...domains]);
    expect(mdto.kind === 'export' && 'status' in mdto.options).toBe(false);
  });

  it('takes the Woo request’s case number and Matter, within the platform’s characters', () => {
    const command = readExportArgs([
      'inventaris',
      ...base,
      '--all',
      '--out',
      'x.xlsx',
      '--matter',
      'WOO-2025-17',
      '--zaaknummer',
      '2025-0042; 2025-0043',
    ]);
    expect(command).toMatchObject({
      options: { matter: 'WOO-2025-17', zaaknummer: '2025-0042; 2025-0043' },
    });
  });

  it.each([
    [['pdf', ...base, '--all', '--out', 'x'], 'unknown-format'],
    [['inventaris', ...base, '--out', 'x.csv'], 'missing-selection'],
    [['inventaris', ...base, '--all', '--dossier', 'A', '--out', 'x.csv'], 'both-selections'],
    [['inventaris', ...base, '--all', '--status', 'klaar', '--out', 'x.csv'], 'unknown-status'],
    [['inventaris', ...base, '--all', '--out', 'lijst.pdf'], 'unknown-extension'],
    [['inventaris', ...base, '--all'], 'missing-out'],
    [['inventaris', ...base, '--all', '--out', 'x.csv', '--matter', 'BZK/2025'], 'invalid-matter'],
    [
      ['inventaris', ...base, '--all', '--out', 'x.csv', '--zaaknummer', 'W_1'],
      'invalid-zaaknummer',
    ],
    [['diwoo', ...base, '--all', '--out', 'map', ...domains], 'missing-organisation'],
    [['mdto', ...base, '--all', '--out', 'map', '--organisation', 'BZK'], 'invalid-organisation'],
    [
      ['diwoo', ...base, '--all', '--out', 'map', ...organisation, ...domains],
      'missing-organisation-name',
    ],
    [['diwoo', ...base, '--all', '--out', 'map', ...named], 'missing-organisation-domains'],
    [
      ['diwoo', ...base, '--all', '--out', 'map', ...named, ...domains, '--context', 'x'],
      'unknown-context',
    ],
    [
      ['mdto', ...base, '--all', '--out', 'map', ...named, ...domains, '--waardering', 'X'],
      'unknown-waardering',
    ],
    [
      [
        'mdto',
        ...base,
        '--all',
        '--out',
        'map',
        ...named,
        ...domains,
        '--sitemap',
        'https://a.nl/',
      ],
      'invalid-sitemap',
    ],
    [
      ['inventaris', '--site', 'bronvast', '--graph-url', 'u', '--all', '--out', 'x.csv'],
      'invalid-site',
    ],
    [['inventaris', ...base, '--all', '--out', 'x.csv', '--force'], 'invalid-option'],
  ])('refuses %j with %s', (args, error) => {
    expect(readExportArgs(args)).toMatchObject({ kind: 'usage-error', error });
  });

  it('takes the organisation, its domains (or the environment’s) and a folder for DiWoo', () => {
    const args = ['diwoo', ...base, '--all', '--out', 'map', ...named, '--context', 'woo-verzoek'];
    const command = readExportArgs(args, { BRONVAST_ORGANISATION_DOMAINS: 'Amsterdam.nl' });
    expect(command).toMatchObject({
      kind: 'export',
      options: {
        fileFormat: 'folder',
        dossiers: [],
        organisation: { tooiUri: organisation[1], name: 'gemeente Amsterdam' },
        organisationDomains: ['amsterdam.nl'],
        context: 'woo-verzoek',
        waardering: 'N',
      },
    });
  });
});
