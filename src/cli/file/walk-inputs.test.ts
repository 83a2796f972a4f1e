import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BacklogInput } from './backlog-input';
import { fileIdentity } from '../shared/input-file';
import { countInputs, walkInputs, type WalkInputsOptions } from './walk-inputs';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-walk-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

async function collect(
  paths: readonly string[],
  options: WalkInputsOptions = {},
): Promise<BacklogInput[]> {
  const inputs: BacklogInput[] = [];
  for await (const input of walkInputs(paths, options)) inputs.push(input);
  return inputs;
}

describe('walkInputs', () => {
  it('walks nested folders depth first in name order, each kind of input as what it is', async () => {
    write('b/2.eml', 'x');
    write('b/a/1.EML', 'xy');
    write('a.msg', 'xyz');
    write('c.txt', 'note');
    write('.DS_Store', 'hidden');
    write('d.jsonl', '{"raw":"Subject: a"}\n\n{"subject":"no raw"}\nnot json\n{"raw":3}\n');

    const inputs = await collect([dir]);

    expect(inputs).toEqual([
      {
        kind: 'file',
        source: join(dir, 'a.msg'),
        format: 'msg',
        path: join(dir, 'a.msg'),
        size: 3,
      },
      {
        kind: 'file',
        source: join(dir, 'b/2.eml'),
        format: 'eml',
        path: join(dir, 'b/2.eml'),
        size: 1,
      },
      {
        kind: 'file',
        source: join(dir, 'b/a/1.EML'),
        format: 'eml',
        path: join(dir, 'b/a/1.EML'),
        size: 2,
      },
      { kind: 'problem', source: join(dir, 'c.txt'), error: 'not-a-mail-file' },
      { kind: 'line', source: `${join(dir, 'd.jsonl')}:1`, raw: 'Subject: a' },
      { kind: 'problem', source: `${join(dir, 'd.jsonl')}:3`, error: 'line-without-raw' },
      { kind: 'problem', source: `${join(dir, 'd.jsonl')}:4`, error: 'invalid-json' },
      { kind: 'problem', source: `${join(dir, 'd.jsonl')}:5`, error: 'invalid-raw' },
    ]);
    expect(await countInputs([dir])).toBe(inputs.length);
  });

  it('names a path that does not exist and goes on with the next', async () => {
    write('a.eml', 'x');
    const inputs = await collect([join(dir, 'weg'), join(dir, 'a.eml')]);
    expect(inputs.map((input) => input.kind)).toEqual(['problem', 'file']);
    expect(inputs[0]).toEqual({
      kind: 'problem',
      source: join(dir, 'weg'),
      error: 'path-not-found',
    });
  });
});

describe('walkInputs and the size limit', () => {
  it('names a mail above the limit and a JSONL line above it, and reads the rest', async () => {
    write('groot.eml', 'x'.repeat(101));
    write('klein.eml', 'x'.repeat(100));
    write('e.jsonl', `${JSON.stringify({ raw: 'y'.repeat(200) })}\n{"raw":"Subject: b"}\n`);
    const inputs = await collect([dir], { maxMailBytes: 100 });
    expect(inputs.map((input) => [input.source.slice(dir.length + 1), input.kind])).toEqual([
      ['e.jsonl:1', 'problem'],
      ['e.jsonl:2', 'line'],
      ['groot.eml', 'problem'],
      ['klein.eml', 'file'],
    ]);
    expect(inputs[0]).toMatchObject({ error: 'line-too-large' });
    expect(inputs[2]).toMatchObject({ error: 'file-too-large' });
  });

  it('does not read back the report it is told to skip', async () => {
    write('a.eml', 'x');
    write('rapport.jsonl', '{"source":"a.eml","outcome":"filed"}\n');
    const skip = new Set([fileIdentity(statSync(join(dir, 'rapport.jsonl')))]);
    expect((await collect([dir], { skip })).map((input) => input.source)).toEqual([
      join(dir, 'a.eml'),
    ]);
    expect(await collect([join(dir, 'rapport.jsonl')], { skip })).toEqual([]);
  });
});
