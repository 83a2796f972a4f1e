import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BacklogInput } from './backlog-input';
import { countInputs, walkInputs } from './walk-inputs';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bronvast-walk-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

async function collect(paths: readonly string[]): Promise<BacklogInput[]> {
  const inputs: BacklogInput[] = [];
  for await (const input of walkInputs(paths)) inputs.push(input);
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
