import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/main';
import { runCli } from '../../src/cli/run-cli';
import { devToken } from '../../src/host/dev-token';

const MANAGER = 'informatiebeheer@bronvast.example';
const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';
let emulator: RunningEmulator;
const dataDir = mkdtempSync(join(tmpdir(), 'bronvast-doctor-'));
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataDir });
});
afterAll(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function doctor(token: string, ...extra: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const io = {
    writeLine: async (line: string) => void lines.push(line),
    writeError: (line: string) => void errors.push(line),
  };
  const args = ['doctor', '--graph-url', emulator.baseUrl, '--site', SITE, ...extra];
  const code = await runCli(args, io, { BRONVAST_GRAPH_TOKEN: token });
  return { code, lines, errors };
}

describe('bronvast doctor', () => {
  it('is green on the demo site, one line per check, and cleans up its scratch file', async () => {
    const { code, lines } = await doctor(devToken(MANAGER));
    expect(lines.filter((line) => line.startsWith('FOUT'))).toEqual([]);
    expect(code).toBe(0);
    expect(lines).toContainEqual(
      expect.stringMatching(/^OK\s+Lijst Records: kolommen, typen en indexen in orde\.$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^OK\s+Bewaarlabel 'Archiefwaardig - blijvend bewaren' bestaat\.$/),
    );
    for (const step of [
      'uploaden',
      'kolommen schrijven',
      'versie met kolomwaarden',
      'downloaden via downloadUrl',
      'verwijderen',
    ])
      expect(lines).toContainEqual(expect.stringContaining(`Schrijftest, ${step}: gelukt.`));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^INFO\s+Tenantvraag versions-without-expand: versies komen zonder kolomwaarden/,
      ),
    );
    const scratch = await fetch(
      `${emulator.baseUrl}/sites/${SITE}/lists/Records/items?$expand=fields&$top=5000`,
      { headers: { authorization: `Bearer ${devToken(MANAGER)}` } },
    );
    const items = ((await scratch.json()) as { value: { fields: Record<string, unknown> }[] })
      .value;
    expect(items.some((item) => String(item.fields['FileLeafRef']).startsWith('controle-'))).toBe(
      false,
    );
    expect(items.some((item) => item.fields['FileLeafRef'] === '_bronvast-doctor')).toBe(false);
  });

  it('is red, saying what to do, on a site whose audit list lost an index', async () => {
    const auth = { authorization: `Bearer ${devToken(MANAGER)}` };
    const columns = await fetch(`${emulator.baseUrl}/sites/${SITE}/lists/BronvastAudit/columns`, {
      headers: auth,
    });
    const action = ((await columns.json()) as { value: { id: string; name: string }[] }).value.find(
      (column) => column.name === 'Action',
    );
    const unindexed = await fetch(
      `${emulator.baseUrl}/sites/${SITE}/lists/BronvastAudit/columns/${action?.id ?? ''}`,
      {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"indexed":false}',
      },
    );
    expect(unindexed.status).toBe(200);
    const { code, lines } = await doctor(devToken(MANAGER), '--lang', 'en');
    expect(code).toBe(1);
    expect(lines).toContainEqual(
      'FAIL  List BronvastAudit: column Action has no index. Run npm run provision -- --site HOST:/sites/PATH (Sites.Manage.All).',
    );
    await fetch(
      `${emulator.baseUrl}/sites/${SITE}/lists/BronvastAudit/columns/${action?.id ?? ''}`,
      {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"indexed":true}',
      },
    );
  });

  it('is red on a token without Sites.ReadWrite.All: the surfaces that need it and the write test', async () => {
    const token = devToken(MANAGER, [
      'Sites.Read.All',
      'RecordsManagement.Read.All',
      'Mail.ReadWrite',
      'Mail.ReadWrite.Shared',
      'User.ReadBasic.All',
      'GroupMember.Read.All',
    ]);
    const { code, lines } = await doctor(token);
    expect(code).toBe(1);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^FOUT\s+Rechten Outlook-invoegtoepassing: ontbreekt Sites\.ReadWrite\.All, Sites\.FullControl\.All \(beheerderstoestemming nodig voor Sites\.FullControl\.All\)/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^OK\s+Rechten bronvast export: compleet\.$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^FOUT\s+Schrijftest, uploaden: mislukt \(403 accessDenied\)/),
    );
  });

  it('explains a missing token and a malformed site, with exit code 2', async () => {
    expect((await doctor('')).code).toBe(2);
    const lines: string[] = [];
    const io = {
      writeLine: async () => undefined,
      writeError: (line: string) => void lines.push(line),
    };
    const code = await runCli(['doctor', '--site', 'geen-site'], io, { BRONVAST_GRAPH_TOKEN: 'x' });
    expect(code).toBe(2);
    expect(lines).toEqual(['Geef de site als --site HOST:/sites/PAD.']);
  });
});
