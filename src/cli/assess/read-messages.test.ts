import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMessages, type InputItem } from './read-messages';

const mail = (subject: string): string =>
  `From: a@b.nl\r\nSubject: ${subject}\r\nMessage-ID: <${subject}@b.nl>\r\n\r\nTekst\r\n`;

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readMessages(paths)) items.push(item);
  return items;
}

const summary = (item: InputItem): string =>
  item.outcome.ok
    ? `${item.source} ${item.outcome.message.subject}`
    : `${item.source} ${item.outcome.error}`;

describe('readMessages', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'bronvast-read-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('walks a folder recursively in path order, .eml files only', async () => {
    mkdirSync(join(folder, 'b'));
    mkdirSync(join(folder, 'a', 'diep'), { recursive: true });
    writeFileSync(join(folder, 'b', '1.eml'), mail('b1'));
    writeFileSync(join(folder, 'a', 'diep', '2.EML'), mail('a-diep-2'));
    writeFileSync(join(folder, 'a', '9.eml'), mail('a9'));
    writeFileSync(join(folder, 'a.eml'), mail('a'));
    writeFileSync(join(folder, 'a', 'notitie.txt'), 'geen mail');
    const items = await collect([folder]);
    expect(items.map(summary)).toEqual([
      `${join(folder, 'a.eml')} a`,
      `${join(folder, 'a', '9.eml')} a9`,
      `${join(folder, 'a', 'diep', '2.EML')} a-diep-2`,
      `${join(folder, 'b', '1.eml')} b1`,
    ]);
  });

  it('reads a file only when the previous message has been taken', async () => {
    for (const name of ['1', '2', '3']) writeFileSync(join(folder, `${name}.eml`), mail(name));
    const messages = readMessages([folder]);
    const first = await messages.next();
    rmSync(join(folder, '2.eml'));
    const rest: InputItem[] = [];
    for await (const item of messages) rest.push(item);
    expect(first.value && summary(first.value)).toBe(`${join(folder, '1.eml')} 1`);
    expect(rest.map(summary)).toEqual([
      `${join(folder, '2.eml')} path-not-found`,
      `${join(folder, '3.eml')} 3`,
    ]);
  });

  it('reads JSONL lines of both shapes, naming each by file:line', async () => {
    const path = join(folder, 'export.jsonl');
    const lines = [
      JSON.stringify({ raw: mail('ruw') }),
      '',
      JSON.stringify({ id: 'x-1', subject: 'velden', from: 'A <a@b.nl>' }),
      '{"id": "x-2", ',
      JSON.stringify({ raw: 42 }),
      JSON.stringify({ raw: 'geen mail' }),
      JSON.stringify({ subject: 'zonder id' }),
    ];
    writeFileSync(path, `${lines.join('\n')}\n`);
    expect((await collect([path])).map(summary)).toEqual([
      `${path}:1 ruw`,
      `${path}:3 velden`,
      `${path}:4 invalid-json`,
      `${path}:5 invalid-raw`,
      `${path}:6 not-a-mime-message`,
      `${path}:7 missing-id`,
    ]);
  });

  it('reports a path that does not exist and goes on with the next', async () => {
    writeFileSync(join(folder, 'ok.eml'), mail('ok'));
    const missing = join(folder, 'weg.eml');
    expect((await collect([missing, join(folder, 'ok.eml')])).map(summary)).toEqual([
      `${missing} path-not-found`,
      `${join(folder, 'ok.eml')} ok`,
    ]);
  });
});
