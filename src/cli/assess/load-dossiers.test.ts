import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDossiers } from './load-dossiers';

describe('loadDossiers', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bronvast-dossiers-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const file = (content: string): string => {
    const path = join(folder, 'dossiers.json');
    writeFileSync(path, content);
    return path;
  };

  it('reads dossiers with keywords as a list or a ;-separated string', async () => {
    const path = file(
      JSON.stringify([
        { id: 'LNV-2024-0311', title: 'Stikstof', description: 'Veluwe', keywords: ['stikstof'] },
        {
          id: ' GEM-42 ',
          title: 'Omgevingsvisie',
          keywords: 'visie; zienswijze;',
          status: 'closed',
        },
      ]),
    );
    expect(await loadDossiers(path)).toEqual({
      dossiers: [
        { id: 'LNV-2024-0311', title: 'Stikstof', description: 'Veluwe', keywords: ['stikstof'] },
        {
          id: 'GEM-42',
          title: 'Omgevingsvisie',
          keywords: ['visie', 'zienswijze'],
          status: 'closed',
        },
      ],
      problems: [],
    });
  });

  it('skips invalid and duplicate entries, naming each by its index', async () => {
    const path = file(
      JSON.stringify([
        { id: 'A', title: 'Een' },
        { title: 'zonder id' },
        { id: 'B', title: 'Twee', keywords: [1, 2] },
        { id: 'A', title: 'Nog een A' },
        'tekst',
      ]),
    );
    const loaded = await loadDossiers(path);
    expect(loaded.dossiers.map((dossier) => dossier.id)).toEqual(['A']);
    expect(loaded.problems).toEqual([
      { source: `${path}[1]`, error: 'invalid-dossier' },
      { source: `${path}[2]`, error: 'invalid-dossier' },
      { source: `${path}[3]`, error: 'duplicate-dossier' },
      { source: `${path}[4]`, error: 'invalid-dossier' },
    ]);
  });

  it('reports a file that is missing, not JSON, or not a list', async () => {
    const missing = join(folder, 'nope.json');
    expect((await loadDossiers(missing)).problems).toEqual([
      { source: missing, error: 'file-unreadable' },
    ]);
    const notJson = file('[{"id": "A",');
    expect((await loadDossiers(notJson)).problems).toEqual([
      { source: notJson, error: 'invalid-json' },
    ]);
    const notList = file('{"id": "A", "title": "Een"}');
    expect(await loadDossiers(notList)).toEqual({
      dossiers: [],
      problems: [{ source: notList, error: 'dossiers-not-a-list' }],
    });
  });
});
