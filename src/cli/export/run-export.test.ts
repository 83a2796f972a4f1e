import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../shared/cli-io';
import { runExport } from './run-export';

function capture(): { io: CliIo; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    io: {
      writeLine: async (line) => void lines.push(line),
      writeError: (line) => void errors.push(line),
    },
    lines,
    errors,
  };
}

const args = [
  'inventaris',
  '--graph-url',
  'http://127.0.0.1:9/v1.0',
  '--site',
  'h:/sites/x',
  '--all',
  '--out',
  'x.csv',
];

describe('runExport', () => {
  it('prints its help in the language asked for', async () => {
    const { io, lines } = capture();
    expect(await runExport(['--help', '--lang', 'en'], io, { token: undefined })).toBe(0);
    expect(lines[0]).toMatch(/^Usage: bronvast export inventaris\|diwoo\|mdto/);
  });

  it('refuses to start without a token, before touching the output', async () => {
    const { io, errors } = capture();
    expect(await runExport(args, io, { token: '' })).toBe(2);
    expect(errors).toEqual([
      'bronvast export: Geen toegangstoken: zet de omgevingsvariabele BRONVAST_GRAPH_TOKEN.',
    ]);
  });

  it('says the record system failed when it cannot be reached, and writes nothing', async () => {
    const { io, errors } = capture();
    const unreachable: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const dir = mkdtempSync(join(tmpdir(), 'bronvast-export-'));
    const out = join(dir, 'lijst.csv');
    const code = await runExport([...args.slice(0, -1), out], io, {
      token: 't',
      // Accepted records (the inventory's default) count only with the records managers' group.
      recordsManagersGroup: 'informatiebeheerders',
      fetch: unreachable,
    });
    expect(code).toBe(1);
    expect(errors[0]).toContain('Het archiefsysteem gaf een fout; er is niets weggeschreven.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
