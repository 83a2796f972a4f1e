import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { extractPdfText, findable } from '../../src/exports/woo-package/testing/pdf-text';
import { MANAGER, OFFICER, startHarness, type Harness } from '../integration/graph/harness';
import { fileTestMail } from '../integration/woo/woo-records';
import { repo, records } from './run-bronvast';

jest.setTimeout(120_000);

const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';
let harness: Harness;
let dir: string;

function woo(
  args: readonly string[],
  token = `dev:${MANAGER}`,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'node',
      [
        join(repo, 'bin/bronvast.cjs'),
        'woo',
        ...args,
        '--graph-url',
        harness.emulator.baseUrl,
        '--site',
        SITE,
      ],
      {
        cwd: repo,
        env: {
          ...process.env,
          BRONVAST_GRAPH_TOKEN: token,
          BRONVAST_ORGANISATION: 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034',
          BRONVAST_ORGANISATION_NAME: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
        },
      },
      (error, stdout, stderr) =>
        done({ code: error === null ? 0 : Number(error.code ?? -1), stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'bronvast-woo-'));
  const officer = harness.client(OFFICER);
  const site = await harness.site(officer);
  const pieter = { name: 'Pieter Jansen', address: 'pieter.jansen@example.nl' };
  await fileTestMail(
    officer,
    site,
    {
      id: 'a@example.nl',
      from: pieter,
      subject: 'Zonnepark Oost',
      text: 'Pieter Jansen adviseert over het zonnepark. Bel 06-87654321.',
      date: '2025-02-03T09:00:00Z',
    },
    OFFICER,
  );
  await fileTestMail(
    officer,
    site,
    {
      id: 'b@example.nl',
      from: pieter,
      subject: 'Zonnepark West',
      text: 'Het zonnepark West is later.',
      date: '2025-06-03T09:00:00Z',
    },
    OFFICER,
  );
});
afterAll(async () => {
  await harness.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bronvast woo', () => {
  it('records a request, searches for it with one JSON line per hit, adds the hits and writes the package', async () => {
    const request = await woo([
      'request',
      '--zaaknummer',
      'WOO-2025-0100',
      '--received',
      '2025-07-01',
      '--text',
      'Alles over zonneparken',
    ]);
    expect(request.code).toBe(0);
    expect(request.stdout).toContain('WOO-2025-0100');
    expect(request.stdout).toContain('2025-07-29');

    const search = await woo([
      'search',
      '--request',
      'WOO-2025-0100',
      '--from',
      '2025-01-01',
      '--to',
      '2025-03-31',
      '--add',
      'zonnepark',
    ]);
    expect(search.code).toBe(0);
    const hits = records(search.stdout);
    expect(hits).toEqual([
      expect.objectContaining({ subject: 'Zonnepark Oost', dossier: 'BZK-2025-0113', rank: 1 }),
    ]);
    expect(String(hits[0]?.['summary'])).toContain('<c0>');
    expect(search.stderr).toContain('1 toegevoegd aan de selectie');

    const out = join(dir, 'besluit.zip');
    const pack = await woo(['package', '--request', 'WOO-2025-0100', '--out', out]);
    expect(pack.stderr).toContain('geschreven 1/1');
    expect(pack.code).toBe(0);
    expect(pack.stdout).toContain('als aanvaard behandeld');
    expect(readdirSync(dir)).toEqual(['besluit.zip']);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const pdf = Object.keys(files).find((name) => name.startsWith('documenten/'));
    const text = await extractPdfText(files[pdf ?? ''] ?? new Uint8Array());
    expect(findable(text, '06-87654321')).toBe(false);
    expect(findable(text, 'zonnepark')).toBe(true);
    expect(new TextDecoder().decode(files['zoekverantwoording.csv'])).toContain('zonnepark');
  });

  it('refuses bad input with exit 2 and leaves no package when the request is unknown', async () => {
    expect((await woo(['search', '--request', 'WOO/1', 'x'])).code).toBe(2);
    expect((await woo(['search', '--request', 'WOO-1', 'path:x'])).code).toBe(2);
    const out = join(dir, 'none.zip');
    const missing = await woo(['package', '--request', 'WOO-2099-0001', '--out', out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('geen Woo-verzoek');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('none'))).toEqual([]);
  });
});
