import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANAGER, startTestEmulator, type TestEmulator } from '../../emulator/testing/harness';
import { recordFileName } from '../../src/core/records/record-file-name';
import { parseEml } from '../../src/mime';
import {
  aMailText,
  DOSSIER,
  put,
  reportLines,
  runFile,
  sha256,
  SITE,
  startFile,
  storedFiles,
  type FileRun,
} from './backlog-mails';
import { INTAKE_FOLDER } from '../../src/graph/records/record-areas';

jest.setTimeout(180_000);

let test: TestEmulator;
let dir: string;
let driveId: string;

beforeEach(async () => {
  test = await startTestEmulator();
  dir = mkdtempSync(join(tmpdir(), 'bronvast-resume-'));
  const drive = await test.json(`/sites/${SITE}/lists/Records/drive`, { as: MANAGER });
  driveId = String(drive.body['id']);
});

afterEach(async () => {
  await test.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A backlog of `count` small mails with one large mail (upload session) in the middle. */
function writeBacklog(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const large = n === Math.ceil(count / 3);
    const text = aMailText({ n, ...(large ? { attachmentBytes: 4_600_000 } : {}) });
    return put(dir, `backlog/${String(n).padStart(3, '0')}.eml`, text);
  });
}

/** The record path a mail file gets in the dossier folder. */
async function recordPath(file: string): Promise<string> {
  const parsed = await parseEml(readFileSync(file));
  if (!parsed.ok) throw new Error(parsed.error);
  const folder = `${INTAKE_FOLDER}/${DOSSIER}`;
  return `${folder}/${recordFileName(parsed.message, { folderPath: folder })}`;
}

const drivePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Starts the run and stops it with `signal` once `after` inputs are reported. */
async function interrupt(
  args: string[],
  report: string,
  after: number,
  signal: NodeJS.Signals,
): Promise<FileRun> {
  const started = startFile(['--graph-url', test.emulator.baseUrl, '--site', SITE, ...args]);
  for (;;) {
    const reported = existsSync(report) ? reportLines(readFileSync(report, 'utf8')).length : 0;
    if (reported >= after || started.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  started.child.kill(signal);
  return started.done;
}

function expectEachOnce(
  stored: readonly { sha256: string; dedupKey: unknown }[],
  files: readonly string[],
): void {
  expect(stored.map((file) => file.sha256).sort()).toEqual(
    files.map((file) => sha256(readFileSync(file))).sort(),
  );
  expect(stored.every((file) => typeof file.dedupKey === 'string')).toBe(true);
}

describe('bronvast file, stopped and run again', () => {
  it('completes a run killed half-way: every mail once and byte-identical, a half-uploaded one and a file without columns included', async () => {
    const files = writeBacklog(30);
    // What a run killed earlier can leave: an upload session with one chunk sent...
    const halfway = files[1]!;
    const session = await test.json(
      `/drives/${driveId}/root:/${drivePath(await recordPath(halfway))}:/createUploadSession`,
      {
        as: MANAGER,
        method: 'POST',
        body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } },
      },
    );
    const bytes = readFileSync(halfway);
    const chunk = await test.call(String(session.body['uploadUrl']), {
      as: null,
      method: 'PUT',
      headers: { 'content-range': `bytes 0-99/${bytes.length}` },
      body: bytes.subarray(0, 100),
    });
    expect(chunk.status).toBe(202);
    // ... and a file placed but never given its columns.
    const placed = files[2]!;
    const put = await test.call(
      `/drives/${driveId}/root:/${drivePath(await recordPath(placed))}:/content`,
      {
        as: MANAGER,
        method: 'PUT',
        body: readFileSync(placed),
      },
    );
    expect(put.status).toBe(201);
    const args = [
      '--dossier',
      DOSSIER,
      '--all',
      '--concurrency',
      '2',
      '--report',
      join(dir, 'r1.jsonl'),
      join(dir, 'backlog'),
    ];

    const killed = await interrupt(args, join(dir, 'r1.jsonl'), 6, 'SIGKILL');

    expect(killed.signal).toBe('SIGKILL');
    const before = (await storedFiles(test, DOSSIER)).filter(
      (file) => typeof file.dedupKey === 'string',
    );
    expect(before.length).toBeLessThan(files.length);
    const again = await runFile(test, [
      '--dossier',
      DOSSIER,
      '--all',
      '--report',
      join(dir, 'r2.jsonl'),
      join(dir, 'backlog'),
    ]);
    expect(again.code).toBe(0);
    expectEachOnce(await storedFiles(test, DOSSIER), files);
    const outcomes = reportLines(readFileSync(join(dir, 'r2.jsonl'), 'utf8')).map(
      (line) => line['outcome'],
    );
    expect(outcomes.filter((outcome) => outcome === 'already-filed').length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => outcome === 'filed').length).toBeGreaterThan(0);
  });

  it('finishes the filings in flight on Ctrl+C, stops, and completes the rest when run again', async () => {
    const files = writeBacklog(24);
    const report = join(dir, 'r1.jsonl');
    const args = [
      '--dossier',
      DOSSIER,
      '--all',
      '--concurrency',
      '3',
      '--report',
      report,
      join(dir, 'backlog'),
    ];

    const stopped = await interrupt(args, report, 4, 'SIGINT');

    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('onderbroken; de lopende vastleggingen worden afgemaakt');
    const filed = reportLines(readFileSync(report, 'utf8')).filter(
      (line) => line['outcome'] === 'filed',
    );
    expect(filed.length).toBeLessThan(files.length);
    expect(stopped.stdout).toContain(`Klaar: ${filed.length} vastgelegd`);
    // Nothing half-done: every file in the library is a complete record the report names.
    const stored = await storedFiles(test, DOSSIER);
    expect(stored).toHaveLength(filed.length);
    expect(stored.every((file) => typeof file.dedupKey === 'string')).toBe(true);
    const again = await runFile(test, ['--dossier', DOSSIER, '--all', join(dir, 'backlog')]);
    expect(again.code).toBe(0);
    expectEachOnce(await storedFiles(test, DOSSIER), files);
  });
});
