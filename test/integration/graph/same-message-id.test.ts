import { createHash } from 'node:crypto';
import { assessMessage, prepareContext } from '../../../src/core';
import { asDossierId } from '../../../src/core/ids';
import { contentFromBytes, type GraphClient, type SiteIds } from '../../../src/graph';
import { fileMailContent, type MailContentDependencies } from '../../../src/filing';
import { MANAGER, OFFICER, startHarness, type Harness } from './harness';
import { filesIn, storedSha256 } from './records';
import { INTAKE_FOLDER } from '../../../src/graph/records/record-areas';

const DOSSIER = asDossierId('BZK-2024-0113');
let harness: Harness;
let manager: GraphClient;
let site: SiteIds;
let dependencies: MailContentDependencies;

beforeAll(async () => {
  harness = await startHarness();
  const officer = harness.client();
  manager = harness.client(MANAGER);
  site = await harness.site(officer);
  await harness.site(manager);
  const context = prepareContext({ dossiers: [], history: [], organisationDomains: [] });
  dependencies = {
    client: officer,
    site: () => Promise.resolve(site),
    dossiers: () => Promise.resolve([]),
    assess: (message) => Promise.resolve(assessMessage(message, context)),
    filedBy: OFFICER,
  };
});
afterAll(() => harness.stop());

let count = 0;

/** A real .eml text; `body` tells two mails with one Message-ID apart. */
function anEml(messageId: string, body: string): Uint8Array<ArrayBuffer> {
  count += 1;
  const text = [
    `Message-ID: <${messageId}>`,
    'From: Jan Jansen <jan.jansen@example.nl>',
    `To: ${OFFICER}`,
    `Subject: Advies over de regeling ${count}`,
    'Date: Tue, 05 Mar 2024 14:32:10 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n');
  return new Uint8Array(new TextEncoder().encode(text));
}

const file = (bytes: Uint8Array<ArrayBuffer>) =>
  fileMailContent(dependencies, {
    content: contentFromBytes(bytes),
    choices: { dossier: DOSSIER },
  });

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The SHA-256 of every file in the dossier's folder, downloaded. */
async function storedHashes(): Promise<string[]> {
  const response = await manager.send({
    method: 'GET',
    url: `/drives/${site.recordsDriveId}/root:/${INTAKE_FOLDER}/${DOSSIER}:/children`,
    query: { $top: '200' },
    label: 'test.children',
  });
  const page = (await response.json()) as { value: { id: string }[] };
  return Promise.all(page.value.map((item) => storedSha256(manager, site, item.id)));
}

describe('two different mails with one Message-ID', () => {
  it('become two records, each byte-identical to its mail; the same mail twice stays one', async () => {
    const id = `same-${Date.now()}@broken-client.example`;
    const first = anEml(id, 'Eerste versie van het advies.');
    const second = anEml(id, 'Een doorgestuurde kopie met een andere tekst.');
    const records = async () =>
      (await filesIn(manager, site, DOSSIER)).filter((name) => !name.endsWith('.txt'));
    const before = (await records()).length;
    expect((await file(first)).outcome).toBe('filed');
    expect((await file(second)).outcome).toBe('filed');
    expect((await file(first)).outcome).toBe('already-filed');
    expect((await file(second)).outcome).toBe('already-filed');
    expect((await records()).length).toBe(before + 2);
    const hashes = await storedHashes();
    expect(hashes).toEqual(expect.arrayContaining([sha(first), sha(second)]));
  });
});
