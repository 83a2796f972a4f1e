import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessMessage, loadNameLexicon, prepareContext } from '../../core';
import { messageFromJson } from '../../mime';
import type { CliIo } from '../shared/cli-io';
import { runCli } from '../run-cli';

// Minutes with names the lexicon is needed for (a surname alone, a speaker, a foreign name),
// an address without a postcode and a phone number with dots.
const minutes = {
  id: 'notulen-2025-03',
  subject: 'Notulen werkgroep Binnenstad',
  from: 'Lieke Brouwer <l.brouwer@gemeente-zuiderveen.nl>',
  to: 'werkgroep@gemeente-zuiderveen.nl',
  date: '2025-03-14T10:00:00+01:00',
  body:
    'Aanwezig: Jan Dekker (voorzitter), Fatma Yilmaz en Najib Amhali\n\n' +
    'Dekker stelt voor het punt te verschuiven. Kok zei dat de bewoner van Kastanjelaan 27 ' +
    'gebeld heeft via 020.123.45.67.\nSmit: "Wij sturen een brief."',
};

interface Found {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

async function cliFindings(): Promise<Found[]> {
  const work = mkdtempSync(join(tmpdir(), 'bronvast-same-findings-'));
  const input = join(work, 'in.jsonl');
  writeFileSync(input, JSON.stringify(minutes));
  const lines: string[] = [];
  const io: CliIo = { writeLine: async (line) => void lines.push(line), writeError: () => {} };
  try {
    await runCli(['assess', input], io);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const record = JSON.parse(lines[0] ?? '{}') as { assessment?: { findings?: Found[] } };
  return (record.assessment?.findings ?? []).map(({ type, start, end, text }) => ({
    type,
    start,
    end,
    text,
  }));
}

/** What the pane shows once its name lexicon has loaded. */
async function paneFindings(): Promise<Found[]> {
  const read = messageFromJson(minutes);
  if (!read.ok) throw new Error(read.error);
  const context = prepareContext({
    dossiers: [],
    history: [],
    nameLexicon: await loadNameLexicon(),
  });
  return assessMessage(read.message, context).disclosure.findings.map(
    ({ type, start, end, text }) => ({ type, start, end, text }),
  );
}

describe('the same mail in the pane and in bronvast assess', () => {
  it('gives the same personal data, names found with the lexicon included', async () => {
    const pane = await paneFindings();
    expect(await cliFindings()).toEqual(pane);
    expect(pane.map((found) => found.text)).toEqual(
      expect.arrayContaining(['Najib Amhali', 'Dekker', 'Kok', 'Smit', 'Kastanjelaan 27']),
    );
  });
});
