import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessMessage, prepareContext, readOrganisationDomains } from '../../core';
import { messageFromJson } from '../../mime';
import type { CliIo } from '../shared/cli-io';
import { runCli } from '../run-cli';

// A citizen's Woo request to a municipality: from outside the organisation.
const request = {
  id: 'woo-2024-17',
  subject: 'Woo-verzoek over de herinrichting van het Stationsplein',
  from: 'Karin de Groot <karin.degroot@example-mail.nl>',
  to: 'woo@gemeente-zuiderveen.nl',
  date: '2024-03-20T10:00:00+01:00',
  body: 'Geachte heer, mevrouw,\n\nOp grond van de Woo verzoek ik u om alle documenten over het besluit tot herinrichting van het Stationsplein openbaar te maken.\n\nMet vriendelijke groet,\nKarin de Groot',
};

async function cliScore(args: readonly string[], env: string | undefined): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'bronvast-same-'));
  const input = join(work, 'in.jsonl');
  writeFileSync(input, JSON.stringify(request));
  const lines: string[] = [];
  const io: CliIo = { writeLine: async (line) => void lines.push(line), writeError: () => {} };
  const saved = process.env['BRONVAST_ORGANISATION_DOMAINS'];
  if (env === undefined) delete process.env['BRONVAST_ORGANISATION_DOMAINS'];
  else process.env['BRONVAST_ORGANISATION_DOMAINS'] = env;
  try {
    await runCli(['assess', ...args, input], io);
  } finally {
    if (saved === undefined) delete process.env['BRONVAST_ORGANISATION_DOMAINS'];
    else process.env['BRONVAST_ORGANISATION_DOMAINS'] = saved;
    rmSync(work, { recursive: true, force: true });
  }
  const record: unknown = JSON.parse(lines[0] ?? '{}');
  return typeof record === 'object' && record !== null ? Number(Reflect.get(record, 'score')) : NaN;
}

/** The score the pane gives: the core with the organisation domains of the add-in's setting. */
function paneScore(setting: string | undefined): number {
  const read = messageFromJson(request);
  if (!read.ok) throw new Error(read.error);
  const organisationDomains = readOrganisationDomains(setting);
  const context = prepareContext({ dossiers: [], history: [], organisationDomains });
  return Math.round(assessMessage(read.message, context).relevance.score * 10_000) / 10_000;
}

describe('the same mail in the pane and in bronvast assess', () => {
  it.each([['gemeente-zuiderveen.nl'], [undefined]])(
    'gets the same score with BRONVAST_ORGANISATION_DOMAINS=%s',
    async (setting) => {
      const score = await cliScore([], setting);
      expect(score).toBeCloseTo(paneScore(setting), 3);
    },
  );

  it('reads an unset setting as "the sender’s domain", so the outside party still counts', () => {
    expect(paneScore(undefined)).toBeCloseTo(paneScore('gemeente-zuiderveen.nl'), 3);
  });

  it('lets --organisation-domains win over the setting', async () => {
    const flagged = await cliScore(['--organisation-domains', 'example-mail.nl'], 'x.nl');
    expect(flagged).toBeCloseTo(paneScore('example-mail.nl'), 3);
  });
});
