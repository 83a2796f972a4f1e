import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bronvast, fixtures, records, type Run } from './run-bronvast';

const jsonLines = (values: readonly unknown[]): string =>
  values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n');

/**
 * An export with a raw mail, a mail as fields, a broken line, a sender without address, a raw
 * mail with its own id, and a redacted mail with an OCR'd date and a BSN.
 */
function writeExport(path: string): void {
  const raw = readFileSync(join(fixtures, 'windows-1252-quoted-printable.eml'), 'latin1');
  const reply = {
    id: 'zaak-7',
    subject: 'Re: Subsidie café De Brüg',
    from: 'Renée Baëta <r.baeta@zuiderveen.nl>',
    to: 'j.bakker@minez.nl',
    date: '2024-03-20T10:00:00+01:00',
    body: 'Graag ontvangen wij de vaststelling van de subsidie.',
  };
  const redacted = {
    id: 'woo-18',
    from: '[GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>',
    date: '0CT 2O2l l6:4E',
    body: 'Het BSN van de aanvrager is 111222333.',
  };
  const lines = [{ raw }, reply, '{"id": 3,', { id: 'x', from: 'Klachtencentrum' }];
  writeFileSync(path, jsonLines([...lines, { id: 'woo-17', raw }, redacted]));
}

/** History: the start of the conversation filed in EZ-2024-0007, and a line without dossier. */
function writeHistory(path: string): void {
  const filed = {
    id: 'h1',
    subject: 'Subsidie café De Brüg',
    from: 'r.baeta@zuiderveen.nl',
    body: 'Aanvraag subsidie',
    dossier: 'EZ-2024-0007',
  };
  writeFileSync(path, jsonLines([filed, { id: 'h2', subject: 'zonder dossier' }]));
}

describe('bronvast assess with JSONL input and history', () => {
  let work = '';
  let input = '';
  let history = '';
  let run: Run;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'bronvast-cli-'));
    input = join(work, 'export.jsonl');
    history = join(work, 'history.jsonl');
    const dossiers = join(work, 'dossiers.json');
    writeExport(input);
    writeHistory(history);
    writeFileSync(dossiers, JSON.stringify([{ id: 'EZ-2024-0007', title: 'Subsidies horeca' }]));
    const options = ['--lang', 'en', '--dossiers', dossiers, '--history', history];
    run = await bronvast(['assess', ...options, input]);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('assesses every shape of line, named by file:line, in input order, echoing given ids', () => {
    expect(records(run.stdout).map((record) => [record['source'], record['id']])).toEqual([
      [`${input}:1`, '20240307140158.1A2B3C@zuiderveen.nl'],
      [`${input}:2`, 'zaak-7'],
      [`${input}:4`, 'x'],
      [`${input}:5`, 'woo-17'],
      [`${input}:6`, 'woo-18'],
    ]);
  });

  it('assesses a redacted mail without the fields it could not read, BSN found', () => {
    const redacted = records(run.stdout)[4] as { assessment: { findings: { type: string }[] } };
    expect(redacted.assessment.findings.map((finding) => finding.type)).toEqual(['bsn']);
  });

  it('names the skipped line and, once per mail, what was not read; exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `bronvast: ${history}:2: This filed message is skipped: the field "dossier" is missing.`,
      `bronvast: ${input}:3: This is not valid JSON.`,
      `bronvast: ${input}:6: assessed without what could not be read: ` +
        'The field "from" must be one sender, as "Name <address@domain.com>". ' +
        '("[GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>") ' +
        'The field "date" is not a date (expected ISO 8601 or the e-mail date format). ' +
        '("0CT 2O2l l6:4E")',
    ]);
  });

  it('suggests the dossier the conversation was filed in before', () => {
    const second = records(run.stdout)[1] as {
      dossiers: { id: string; reasons: { code: string; text: string }[] }[];
    };
    expect(second.dossiers[0]?.id).toBe('EZ-2024-0007');
    expect(second.dossiers[0]?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'conversation-filed',
        text: 'An earlier message of this conversation was filed in this dossier.',
      }),
    );
  });
});
