import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bronvast, fixtures, records } from './run-bronvast';

describe('bronvast assess', () => {
  let work = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'bronvast-cli-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('assesses a folder in path order, reports the broken file in Dutch and exits 1', async () => {
    const folder = join(work, 'export');
    mkdirSync(join(folder, 'b-week-11'), { recursive: true });
    copyFileSync(
      join(fixtures, 'beleidsnota-met-bijlage.eml'),
      join(folder, 'b-week-11', '01.eml'),
    );
    copyFileSync(join(fixtures, 'nieuwsbrief-alleen-html.eml'), join(folder, 'a-nieuws.eml'));
    copyFileSync(
      join(fixtures, 'kapot-geen-kopregels.eml'),
      join(folder, 'b-week-11', '00-kapot.eml'),
    );
    copyFileSync(join(fixtures, 'afwezigheidsbericht.eml'), join(folder, 'c.eml'));
    const run = await bronvast(['assess', folder]);
    expect(run.code).toBe(1);
    const out = records(run.stdout);
    expect(out.map((record) => record['source'])).toEqual([
      join(folder, 'a-nieuws.eml'),
      join(folder, 'b-week-11', '01.eml'),
      join(folder, 'c.eml'),
    ]);
    expect(run.stderr.trim().split('\n')).toEqual([
      `bronvast: ${join(folder, 'b-week-11', '00-kapot.eml')}: Dit is geen e-mailbericht: de kopregels (Van, Aan, Onderwerp, Datum) ontbreken.`,
    ]);
    expect(out[0]).toMatchObject({
      id: 'nb-2024-03.12345@mailing.nieuws.example.nl',
      policyRelevant: false,
      wooCategory: null,
      assessment: {
        level: expect.any(String),
        grounds: expect.any(Array),
        findings: expect.any(Array),
      },
    });
  });

  it('prints the documented shape, with a sentence for every reason', async () => {
    const dossiers = join(work, 'dossiers.json');
    writeFileSync(
      dossiers,
      JSON.stringify([
        { id: 'LNV-2024-0311', title: 'Stikstofaanpak Veluwe', keywords: ['stikstof', 'Veluwe'] },
        {
          id: 'GEM-2024-0042',
          title: 'Omgevingsvisie 2040',
          description: 'Zienswijzen en besluit',
        },
      ]),
    );
    const run = await bronvast(['assess', '--dossiers', dossiers, fixtures]);
    const out = records(run.stdout);
    expect(out).toHaveLength(6);
    const policy = out.find(
      (record) => record['source'] === join(fixtures, 'beleidsnota-met-bijlage.eml'),
    );
    expect(policy).toMatchObject({
      id: 'AM0PR09MB1234A1B2C3D4E5F6@AM0PR09MB1234.eurprd09.prod.outlook.com',
      policyRelevant: expect.any(Boolean),
      score: expect.any(Number),
    });
    expect((policy?.['dossiers'] as { id: string }[])[0]?.id).toBe('LNV-2024-0311');
    for (const record of out) {
      const reasons = [
        ...(record['reasons'] as { code: string; text: string }[]),
        ...(record['dossiers'] as { reasons: { code: string; text: string }[] }[]).flatMap(
          (d) => d.reasons,
        ),
        ...((record['assessment'] as { reasons: { code: string; text: string }[] }).reasons ?? []),
        ...((record['wooCategory'] as { reasons: { code: string; text: string }[] } | null)
          ?.reasons ?? []),
      ];
      for (const reason of reasons) expect(reason.text).not.toBe(reason.code);
      const findings = (
        record['assessment'] as { findings: { start: number; end: number; text: string }[] }
      ).findings;
      for (const finding of findings) expect(finding.end - finding.start).toBe(finding.text.length);
    }
  });

  it('goes on without dossiers when the dossier file is broken, and exits 1', async () => {
    const dossiers = join(work, 'kapot.json');
    writeFileSync(dossiers, '[{"id": "A", ');
    const run = await bronvast([
      'assess',
      '--dossiers',
      dossiers,
      join(fixtures, 'multipart-alternative.eml'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`bronvast: ${dossiers}: Dit is geen geldige JSON.`);
    expect(records(run.stdout)).toHaveLength(1);
  });

  it('exits 2 on usage errors and 0 with --help', async () => {
    const usage = await bronvast(['assess', '--lang', 'fr', 'x.eml']);
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toBe('bronvast: --lang is nl of en, niet "fr" (zie bronvast --help)\n');
    const help = await bronvast(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: bronvast assess \[options\] PATH\.\.\./);
  });
});
