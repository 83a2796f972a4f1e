import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestEmulator } from '../../emulator/testing/harness';
import { repo } from './run-bronvast';
import { INTAKE_FOLDER } from '../../src/graph/records/record-areas';

/** A dossier of the demo site, so runs with --dossier land in a known folder. */
export const DOSSIER = 'BZK-2025-0113';
export const SITE = 'bronvast.sharepoint.com:/sites/informatiebeheer';
export const MANAGER_TOKEN = 'dev:informatiebeheer@bronvast.example';

/** An RFC 822 mail about the Woo, with an attachment of `attachmentBytes` random-looking bytes. */
export function aMailText(options: {
  readonly n: number;
  readonly messageId?: string;
  readonly body?: string;
  readonly attachmentBytes?: number;
  /** Trace lines on top, newest first, as the receiving server wrote them. */
  readonly received?: readonly string[];
}): string {
  const id = options.messageId ?? `backlog-${options.n}@minbzk.example.nl`;
  const body =
    options.body ??
    `Beste Sanne,\r\n\r\nHierbij het advies ${options.n} over de fasering van de actieve openbaarmaking (Woo).\r\nGraag uw besluit voor vrijdag.\r\n\r\nMet vriendelijke groet,\r\nPieter\r\n`;
  const head = [
    ...(options.received ?? []).map((line) => `Received: ${line}`),
    `Message-ID: <${id}>`,
    `Date: Tue, 05 Mar 2024 14:${String(options.n % 60).padStart(2, '0')}:10 +0100`,
    'From: Pieter Jansen <pieter.jansen@minbzk.example.nl>',
    'To: Sanne de Vries <sanne.devries@minbzk.example.nl>',
    `Subject: Advies actieve openbaarmaking ${options.n}`,
    'MIME-Version: 1.0',
  ];
  if (options.attachmentBytes === undefined) {
    return [...head, 'Content-Type: text/plain; charset=utf-8', '', body].join('\r\n');
  }
  const boundary = `grens-${options.n}`;
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    `--${boundary}`,
    'Content-Type: application/pdf; name="nota.pdf"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="nota.pdf"',
    '',
    base64Lines(pseudoRandomBytes(options.attachmentBytes, options.n)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function pseudoRandomBytes(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** Writes a file, creating its folders. */
export function put(root: string, path: string, content: string | Uint8Array): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

export const sha256 = (bytes: string | Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** What one run of `bronvast file` gave. */
export interface FileRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `node bin/bronvast.cjs file ARGS` as a records manager would, with the token set. */
export function startFile(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): { child: ChildProcess; done: Promise<FileRun> } {
  const child = spawn('node', [join(repo, 'bin/bronvast.cjs'), 'file', ...args], {
    cwd: repo,
    env: { ...process.env, BRONVAST_GRAPH_TOKEN: MANAGER_TOKEN, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<FileRun>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Runs `bronvast file` against the test record system and waits for it. */
export function runFile(test: TestEmulator, args: readonly string[]): Promise<FileRun> {
  return startFile(['--graph-url', test.emulator.baseUrl, '--site', SITE, ...args]).done;
}

/** A file in a folder of the records library, with its downloaded content's SHA-256. */
export interface StoredFile {
  readonly name: string;
  readonly sha256: string;
  readonly dedupKey: unknown;
  readonly reviewStatus: unknown;
  readonly mimeType: unknown;
  readonly received: unknown;
}

/** The record files in a dossier's folder of the intake area, each downloaded and hashed. */
export async function storedFiles(test: TestEmulator, folder: string): Promise<StoredFile[]> {
  const as = 'informatiebeheer@bronvast.example';
  const drive = await test.json(`/sites/${SITE}/lists/Records/drive`, { as });
  const driveId = String(drive.body['id']);
  const listing = await test.json(
    `/drives/${driveId}/root:/${INTAKE_FOLDER}/${encodeURIComponent(folder)}:/children?$top=999`,
    { as },
  );
  const files: StoredFile[] = [];
  // Each record's text rendition for Microsoft Search lies beside it: it is no record.
  const records = (listing.body.value ?? []).filter(
    (entry) => !String(entry['name']).endsWith('.txt'),
  );
  for (const entry of records) {
    const id = String(entry['id']);
    const item = await test.json(
      `/drives/${driveId}/items/${id}?$expand=${encodeURIComponent('listItem($expand=fields)')}`,
      { as },
    );
    const listItem = item.body['listItem'] as { fields?: Record<string, unknown> } | undefined;
    const content = await test.call(`/drives/${driveId}/items/${id}/content`, { as });
    files.push({
      name: String(entry['name']),
      sha256: sha256(new Uint8Array(await content.arrayBuffer())),
      dedupKey: listItem?.fields?.['BronvastDedupKey'],
      reviewStatus: listItem?.fields?.['BronvastReviewStatus'],
      mimeType: (entry['file'] as { mimeType?: unknown } | undefined)?.mimeType,
      received: listItem?.fields?.['MailReceived'],
    });
  }
  return files;
}

/** The parsed lines of a `--report` file. */
export function reportLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
