import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  learnDecision,
  NO_ADJUSTMENT,
  relevanceFeatures,
  shippedModel,
  toSparseVector,
} from '../../core/relevance';
import { messageFromJson } from '../../mime';
import type { CliIo } from '../shared/cli-io';
import { runCli } from '../run-cli';

const mail = {
  id: 'lunch-1',
  subject: 'Lunch vrijdag',
  from: 'Pieter Jansen <pieter.jansen@gemeente-zuiderveen.nl>',
  to: 'beleid@gemeente-zuiderveen.nl',
  date: '2024-03-20T10:00:00+01:00',
  body: 'Zullen we vrijdag samen lunchen in de kantine?',
};
const DOMAINS = ['--organisation-domains', 'gemeente-zuiderveen.nl'];
let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bronvast-adjustment-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function assess(extra: readonly string[]): Promise<{ score: number; errors: string[] }> {
  const input = join(work, 'in.jsonl');
  writeFileSync(input, JSON.stringify(mail));
  const lines: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    writeLine: async (line) => void lines.push(line),
    writeError: (line) => void errors.push(line),
  };
  await runCli(['assess', ...DOMAINS, ...extra, input], io, {});
  const record: unknown = JSON.parse(lines[0] ?? '{}');
  const score =
    typeof record === 'object' && record !== null ? Number(Reflect.get(record, 'score')) : NaN;
  return { score, errors };
}

function adjustmentFile(relevant: boolean): string {
  const read = messageFromJson(mail);
  if (!read.ok) throw new Error(read.error);
  const features = relevanceFeatures(read.message, {
    organisationDomains: ['gemeente-zuiderveen.nl'],
  });
  const adjustment = learnDecision(shippedModel(), NO_ADJUSTMENT, {
    key: 'lunch-1',
    vector: toSparseVector(features),
    relevant,
  });
  const path = join(work, 'relevance-adjustment.json');
  writeFileSync(path, JSON.stringify(adjustment));
  return path;
}

describe('bronvast assess --relevance-adjustment', () => {
  it('moves the score towards what the records managers decided', async () => {
    const shipped = await assess([]);
    const up = await assess(['--relevance-adjustment', adjustmentFile(true)]);
    expect(up.score).toBeGreaterThan(shipped.score);
    expect(up.score).toBeGreaterThanOrEqual(shippedModel().threshold);
    const down = await assess(['--relevance-adjustment', adjustmentFile(false)]);
    expect(down.score).toBeLessThan(shipped.score);
    expect(down.errors).toEqual([]);
  });

  it('keeps the shipped weights and says so when the file is no adjustment', async () => {
    const shipped = await assess([]);
    const path = join(work, 'broken.json');
    writeFileSync(path, '{"version": 7}');
    const broken = await assess(['--relevance-adjustment', path]);
    expect(broken.score).toBe(shipped.score);
    expect(broken.errors).toEqual([expect.stringContaining('onleesbaar')]);
    const missing = await assess(['--relevance-adjustment', join(work, 'nowhere.json')]);
    expect(missing.score).toBe(shipped.score);
    expect(missing.errors).toHaveLength(1);
  });
});
