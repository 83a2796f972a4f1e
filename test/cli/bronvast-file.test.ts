import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aMsgFile } from '../../src/mime/testing/msg-file';
import { startTestEmulator, type TestEmulator } from '../../emulator/testing/harness';
import {
  aMailText,
  DOSSIER,
  put,
  reportLines,
  runFile,
  sha256,
  SITE,
  startFile,
  storedFiles,
} from './backlog-mails';
import { fixtures } from './run-bronvast';

jest.setTimeout(120_000);

function anOutlookFile(): Uint8Array {
  return aMsgFile({
    subject: 'Besluit fasering actieve openbaarmaking',
    senderName: 'Pieter Jansen',
    senderEmail: 'pieter.jansen@minbzk.example.nl',
    to: [{ name: 'Sanne de Vries', email: 'sanne.devries@minbzk.example.nl' }],
    body: 'Beste Sanne,\r\n\r\nHierbij het besluit over de fasering (Woo).\r\n',
    messageId: 'outlook-12@minbzk.example.nl',
    sent: new Date('2024-03-05T13:32:10Z'),
  });
}

let test: TestEmulator;
let dir: string;

beforeEach(async () => {
  test = await startTestEmulator();
  dir = mkdtempSync(join(tmpdir(), 'bronvast-backlog-'));
});

afterEach(async () => {
  await test.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bronvast file', () => {
  it('files nested folders, a large mail and JSONL once each, byte for byte, and names what it could not file', async () => {
    const mails = [
      put(dir, 'backlog/2023/q1/a-1.eml', aMailText({ n: 1 })),
      put(dir, 'backlog/2023/q1/a-2.eml', aMailText({ n: 2 })),
      put(dir, 'backlog/2023/q2/diep/b-3.eml', aMailText({ n: 3 })),
      put(dir, 'backlog/groot.eml', aMailText({ n: 4, attachmentBytes: 4_600_000 })),
      put(dir, 'backlog/outlook/c-12.msg', anOutlookFile()),
    ];
    put(dir, 'backlog/kopie/a-1-kopie.eml', aMailText({ n: 1 }));
    put(dir, 'backlog/notitie.txt', 'boodschappen: melk, brood');
    put(dir, 'backlog/kapot.eml', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 9]));
    const lines = [5, 6].map((n) => JSON.stringify({ raw: aMailText({ n }) }));
    put(dir, 'backlog/export.jsonl', `${lines.join('\n')}\n{"subject":"zonder raw"}\n`);
    const report = join(dir, 'report.jsonl');

    const run = await runFile(test, [
      '--dossier',
      DOSSIER,
      '--all',
      '--report',
      report,
      join(dir, 'backlog'),
    ]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notitie.txt: Dit is geen e-mailbestand');
    expect(run.stderr).toContain(
      'kapot.eml: Dit is geen e-mailbericht maar een ander soort bestand',
    );
    expect(run.stderr).toContain('export.jsonl:3: Deze regel heeft geen veld "raw"');
    expect(run.stdout).toContain('Klaar: 7 vastgelegd, 1 al vastgelegd, 0 overgeslagen');
    expect(run.stdout).toContain('3 mislukt');
    const outcomes = reportLines(readFileSync(report, 'utf8'));
    expect(outcomes).toHaveLength(11);
    const bySource = new Map(outcomes.map((line) => [String(line['source']), line]));
    expect(bySource.get(join(dir, 'backlog/kopie/a-1-kopie.eml'))?.['outcome']).toBe(
      'already-filed',
    );
    expect(bySource.get(join(dir, 'backlog/notitie.txt'))?.['reason']).toBe('not-a-mail-file');
    expect(bySource.get(join(dir, 'backlog/kapot.eml'))?.['reason']).toBe('binary-content');
    const stored = await storedFiles(test, DOSSIER);
    const expected = [
      ...mails.map((path) => readFileSync(path)),
      ...[5, 6].map((n) => aMailText({ n })),
    ];
    expect(stored.map((file) => file.sha256).sort()).toEqual(
      expected.map((bytes) => sha256(bytes)).sort(),
    );
    expect(stored.every((file) => typeof file.dedupKey === 'string')).toBe(true);
    const outlook = stored.filter((file) => file.name.endsWith('.msg'));
    expect(outlook.map((file) => [file.sha256, file.mimeType])).toEqual([
      [sha256(readFileSync(mails[4]!)), 'application/vnd.ms-outlook'],
    ]);
  });

  it('gives each record the date its mail was received, or sent where no server received it', async () => {
    put(
      dir,
      'ontvangen/a-21.eml',
      aMailText({
        n: 21,
        received: [
          'from relay.minbzk.example.nl by mx.bronvast.example; Wed, 06 Mar 2024 08:15:00 +0100',
          'from laptop by relay.minbzk.example.nl; Tue, 05 Mar 2024 14:21:30 +0100',
        ],
      }),
    );
    put(dir, 'ontvangen/verzonden-22.eml', aMailText({ n: 22 }));

    const run = await runFile(test, ['--dossier', DOSSIER, '--all', join(dir, 'ontvangen')]);

    expect(run.code).toBe(0);
    const received = (await storedFiles(test, DOSSIER)).map((file) => file.received).sort();
    expect(received).toEqual(['2024-03-05T13:22:10Z', '2024-03-06T07:15:00Z']);
  });

  it('files two different mails that share a Message-ID as two records', async () => {
    put(dir, 'a.eml', aMailText({ n: 7, messageId: 'gedeeld@minbzk.example.nl' }));
    put(
      dir,
      'b.eml',
      aMailText({ n: 8, messageId: 'gedeeld@minbzk.example.nl', body: 'Een ander besluit.\r\n' }),
    );

    // One at a time, so the second finds the first filed and must tell the contents apart.
    const run = await runFile(test, ['--dossier', DOSSIER, '--all', '--concurrency', '1', dir]);

    expect(run.code).toBe(0);
    const stored = await storedFiles(test, DOSSIER);
    expect(stored.map((file) => file.sha256).sort()).toEqual(
      [readFileSync(join(dir, 'a.eml')), readFileSync(join(dir, 'b.eml'))]
        .map((bytes) => sha256(bytes))
        .sort(),
    );
  });

  it('waits out throttling (429 with Retry-After) and files every mail once', async () => {
    const files = [15, 16, 17, 18, 19, 20].map((n) => put(dir, `${n}.eml`, aMailText({ n })));
    test.emulator.setFaults({ throttleRate: 0.2, retryAfterSeconds: 1, seed: 5 });

    const run = await runFile(test, ['--dossier', DOSSIER, '--all', dir]);

    test.emulator.setFaults({});
    expect(run.code).toBe(0);
    const stored = await storedFiles(test, DOSSIER);
    expect(stored.map((file) => file.sha256).sort()).toEqual(
      files.map((file) => sha256(readFileSync(file))).sort(),
    );
  });

  it('files nothing on a dry run and says where each mail would go', async () => {
    put(dir, 'a.eml', aMailText({ n: 9 }));
    put(dir, 'b.eml', aMailText({ n: 10 }));

    const run = await runFile(test, ['--dossier', DOSSIER, '--all', '--dry-run', dir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`zou vastleggen: ${join(dir, 'a.eml')} -> ${DOSSIER}`);
    expect(run.stdout).toContain('Proefdraai, er is niets vastgelegd: 2 zou worden vastgelegd');
    expect(await storedFiles(test, DOSSIER)).toEqual([]);
  });

  it('without a dossier: unclear mail into Ongesorteerd to be reviewed, mail that is not policy-relevant skipped', async () => {
    const nota = put(dir, 'nota.eml', readFileSync(join(fixtures, 'beleidsnota-met-bijlage.eml')));
    put(dir, 'nieuwsbrief.eml', readFileSync(join(fixtures, 'nieuwsbrief-alleen-html.eml')));

    const run = await runFile(test, [dir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 vastgelegd (waarvan 1 in Ongesorteerd, te beoordelen)');
    expect(run.stdout).toContain('1 overgeslagen (niet beleidsrelevant)');
    const stored = await storedFiles(test, 'Ongesorteerd');
    expect(stored.map((file) => [file.sha256, file.reviewStatus])).toEqual([
      [sha256(readFileSync(nota)), 'te-beoordelen'],
    ]);
  });

  it('files a mail it cannot read as its exact bytes into Ongesorteerd, once, and says so', async () => {
    const nesting = Array.from(
      { length: 300 },
      (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`,
    ).join('');
    const deep = put(dir, 'diep.eml', `Message-ID: <diep@x.nl>\r\nSubject: Diep\r\n${nesting}`);
    const report = join(dir, 'report.jsonl');

    const run = await runFile(test, ['--report', report, dir]);
    const again = await runFile(test, [dir]);

    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'diep.eml: Het e-mailbericht is beschadigd of te ingewikkeld opgebouwd om te lezen. Het is toch vastgelegd',
    );
    expect(run.stdout).toContain('1 vastgelegd (waarvan 1 in Ongesorteerd, te beoordelen)');
    const [line] = reportLines(readFileSync(report, 'utf8')).filter(
      (entry) => entry['source'] === deep,
    );
    expect(line).toMatchObject({ outcome: 'filed', unreadable: 'unreadable-mime' });
    expect(again.stdout).toContain('0 vastgelegd, 1 al vastgelegd');
    const stored = await storedFiles(test, 'Ongesorteerd');
    expect(stored.map((file) => [file.sha256, file.reviewStatus])).toEqual([
      [sha256(readFileSync(deep)), 'te-beoordelen'],
    ]);
  });

  it('refuses a dossier the registry does not know or a report it cannot write, before filing anything', async () => {
    put(dir, 'a.eml', aMailText({ n: 14 }));
    const run = await runFile(test, ['--dossier', 'BZK-1999-0001', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('het dossier "BZK-1999-0001" staat niet in het dossierregister');
    const report = join(dir, 'geen-map', 'rapport.jsonl');
    const unwritable = await runFile(test, ['--dossier', DOSSIER, '--report', report, dir]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain(`het rapport ${report} kan niet worden geschreven`);
    expect(await storedFiles(test, DOSSIER)).toEqual([]);
  });

  it('says what to set when the token or the site is missing', async () => {
    put(dir, 'a.eml', aMailText({ n: 11 }));
    const noToken = await startFile(['--site', SITE, dir], { BRONVAST_GRAPH_TOKEN: '' }).done;
    const noSite = await startFile([dir]).done;

    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN');
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toContain('geef de SharePoint-site met --site');
  });
});
