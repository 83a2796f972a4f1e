import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestEmulator, type TestEmulator } from '../../emulator/testing/harness';
import { aMailText, DOSSIER, put, reportLines, runFile, SITE } from './backlog-mails';
import { records, repo, type Run } from './run-bronvast';

jest.setTimeout(90_000);

/** Runs `bronvast ARGS`, killed after `limitMs`: a run that hangs shows as signal SIGTERM. */
function bronvastWithin(args: readonly string[], limitMs: number): Promise<Run & { ms: number }> {
  const started = Date.now();
  return new Promise((done) => {
    execFile(
      'node',
      [join(repo, 'bin/bronvast.cjs'), ...args],
      { cwd: repo, timeout: limitMs },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

const mail = (n: number, subject?: string): string => {
  const text = aMailText({ n });
  return subject === undefined ? text : text.replace(/^Subject: .*$/m, `Subject: ${subject}`);
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-hostile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bronvast assess with hostile input', () => {
  it('names a FIFO and a link to /dev/zero at once and assesses the mails around them', async () => {
    const before = put(dir, 'before.eml', mail(1));
    const after = put(dir, 'after.eml', mail(2));
    execFileSync('mkfifo', [join(dir, 'fifo.eml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.eml'));
    const run = await bronvastWithin(
      ['assess', before, join(dir, 'fifo.eml'), join(dir, 'zero.eml'), after],
      30_000,
    );
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(20_000);
    expect(records(run.stdout).map((record) => record['source'])).toEqual([before, after]);
    expect(run.stderr).toContain(`${join(dir, 'fifo.eml')}: Dit is geen gewoon bestand`);
    expect(run.stderr).toContain(`${join(dir, 'zero.eml')}: Dit is geen gewoon bestand`);
  });

  it('follows a symlinked mail in a folder and names what it cannot read there', async () => {
    put(dir, 'buiten/gekoppeld.eml', mail(3));
    put(dir, 'in/gewoon.eml', mail(4));
    symlinkSync(join(dir, 'buiten/gekoppeld.eml'), join(dir, 'in/gekoppeld.eml'));
    symlinkSync(join(dir, 'in'), join(dir, 'in/terug'));
    execFileSync('mkfifo', [join(dir, 'in/pijp.eml')]);
    const run = await bronvastWithin(['assess', '--lang', 'en', join(dir, 'in')], 30_000);
    expect(records(run.stdout).map((record) => record['source'])).toEqual([
      join(dir, 'in/gekoppeld.eml'),
      join(dir, 'in/gewoon.eml'),
    ]);
    expect(run.stderr).toContain(`${join(dir, 'in/pijp.eml')}: This is not a regular file`);
    expect(run.stderr).toContain(`${join(dir, 'in/terug')}: This folder was read already`);
    expect(run.code).toBe(1);
  });

  it('refuses a mail above --max-size with the limit named, and reads it with a larger one', async () => {
    const big = put(dir, 'groot.eml', mail(5).replace('Graag', `${'x'.repeat(1_100_000)} Graag`));
    const small = await bronvastWithin(['assess', '--max-size', '1', big], 30_000);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('groter dan de grens per bericht (--max-size');
    const large = await bronvastWithin(['assess', '--max-size', '2', big], 30_000);
    expect(records(large.stdout)).toHaveLength(1);
  });
});

describe('bronvast file with hostile input', () => {
  let test: TestEmulator;
  beforeEach(async () => {
    test = await startTestEmulator();
  });
  afterEach(() => test.stop());

  it('files the mails, follows links, names the rest, does not read its report back, and ends', async () => {
    mkdirSync(join(dir, 'in'));
    put(dir, 'in/a.eml', mail(11));
    put(dir, 'in/z.eml', mail(12));
    put(dir, 'buiten/gekoppeld.eml', mail(13));
    symlinkSync(join(dir, 'buiten/gekoppeld.eml'), join(dir, 'in/gekoppeld.eml'));
    execFileSync('mkfifo', [join(dir, 'in/fifo.eml')]);
    symlinkSync('/dev/zero', join(dir, 'in/zero.eml'));
    symlinkSync(join(dir, 'in/lus'), join(dir, 'in/lus'));
    const report = join(dir, 'in/rapport.jsonl');

    const run = await runFile(test, [
      '--dossier',
      DOSSIER,
      '--all',
      '--report',
      report,
      join(dir, 'in'),
    ]);

    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Klaar: 3 vastgelegd, 0 al vastgelegd, 0 overgeslagen');
    expect(run.stdout).toContain('3 mislukt');
    expect(run.stderr).toContain('fifo.eml: Dit is geen gewoon bestand');
    expect(run.stderr).toContain('zero.eml: Dit is geen gewoon bestand');
    expect(run.stderr).toContain('lus: Deze symbolische koppeling verwijst in een kring');
    expect(run.stderr).not.toContain('rapport.jsonl');
    const lines = reportLines(readFileSync(report, 'utf8'));
    const sources = lines.map((line) => String(line['source']).slice(dir.length + 1));
    expect(sources.sort()).toEqual([
      'in/a.eml',
      'in/fifo.eml',
      'in/gekoppeld.eml',
      'in/lus',
      'in/z.eml',
      'in/zero.eml',
    ]);
  });

  it('files a mail whose subject and sender carry bidi controls, the column keeping the text', async () => {
    const subject = 'RTL \u202Eexe.fdp besluit \u2066BZK\u2069 \u200E\u200Fklaar';
    const text = mail(21, subject).replace(
      'From: Pieter Jansen',
      'From: =?utf-8?B?' + Buffer.from('Pieter\u202E Jansen').toString('base64') + '?=',
    );
    put(dir, 'rlo.eml', text);
    const run = await runFile(test, ['--dossier', DOSSIER, '--all', join(dir, 'rlo.eml')]);
    expect(run.stdout).toContain('Klaar: 1 vastgelegd');
    expect(run.code).toBe(0);
    const as = 'informatiebeheer@bronvast.example';
    const items = await test.json(
      `/sites/${SITE}/lists/Records/items?$expand=fields&$filter=${encodeURIComponent(
        "fields/BronvastDedupKey ne ''",
      )}&$top=50`,
      { as, headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
    );
    const filed = (items.body.value ?? [])
      .map((item) => item['fields'] as Record<string, unknown>)
      .find((fields) => fields['MailSubject'] === subject);
    expect(filed).toBeDefined();
    expect(String(filed?.['FileLeafRef'])).toMatch(
      / - Pieter Jansen - RTL exe\.fdp besluit BZK klaar - /,
    );
    expect(String(filed?.['FileLeafRef'])).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
