import { createHash } from 'node:crypto';
import { chatSourceFileName, recordFileName } from '../../../src/core/records/record-file-name';
import { dedupKey } from '../../../src/core/records/dedup-key';
import { asConversationId, asSourceId } from '../../../src/core/ids';
import {
  contentFromBytes,
  contentFromText,
  fileRecord,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { RECORDS_MANAGERS_GROUP } from '../../../emulator/seed/users';
import { sendOk } from '../../../src/graph/request';
import { aDraft, aMail, MANAGER, mimeOf, startHarness, type Harness } from './harness';
import { filesIn, recordsWithKey, storedSha256 } from './records';

const FOLDER = 'BZK-2024-0113';
let harness: Harness;
let officer: GraphClient;
let manager: GraphClient;
let site: SiteIds;

beforeAll(async () => {
  harness = await startHarness();
  officer = harness.client();
  manager = harness.client(MANAGER);
  site = await harness.site(officer);
  await harness.site(manager);
});
afterAll(() => harness.stop());

const fileMail = (client: GraphClient, message = aMail(), bytes = mimeOf(message)) =>
  fileRecord(client, {
    site,
    content: contentFromBytes(bytes),
    message,
    metadata: aDraft(message, client === manager ? MANAGER : undefined),
    dossierFolder: FOLDER,
  });

describe('fileRecord', () => {
  it('files a small mail in 3 requests with its columns, and stores the exact bytes', async () => {
    const message = aMail({ cc: [{ name: 'Piet', address: 'piet@example.nl' }] });
    const bytes = mimeOf(message, 3000);
    officer.counter.reset();
    const result = await fileMail(officer, message, bytes);
    expect(result.kind).toBe('filed');
    if (result.kind !== 'filed') return;
    expect(officer.counter.total()).toBe(3);
    expect(result.warnings).toEqual([]);
    expect(result.record.metadata).toMatchObject({
      dedupKey: dedupKey(message),
      dossier: FOLDER,
      filedBy: 'beleid@bronvast.example',
      reviewStatus: 'te-beoordelen',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      subject: message.subject,
    });
    expect(result.record.webUrl).toContain(
      encodeURIComponent(recordFileName(message).slice(0, 10)),
    );
    const sha = await storedSha256(manager, site, result.record.driveItemId ?? '');
    expect(sha).toBe(result.record.metadata?.sha256);
  });

  it('files the same mail twice as one record', async () => {
    const message = aMail();
    expect((await fileMail(officer, message)).kind).toBe('filed');
    officer.counter.reset();
    const again = await fileMail(officer, message);
    expect(again.kind).toBe('already-filed');
    expect(officer.counter.byLabel()).toEqual({ 'records.dedup-lookup': 1 });
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
  });

  it('files other content under a Message-ID already filed as its own record, flagged for review', async () => {
    const message = aMail();
    const first = await fileMail(officer, message, mimeOf(message, 2000, 1));
    const secondBytes = mimeOf(message, 2100, 2);
    const second = await fileMail(manager, message, secondBytes);
    expect(first.kind).toBe('filed');
    expect(second.kind).toBe('filed');
    if (second.kind !== 'filed' || first.kind !== 'filed') return;
    expect(second.record.metadata?.duplicateOf).toBe(dedupKey(message));
    expect(second.record.metadata?.dedupKey).not.toBe(dedupKey(message));
    expect(first.record.metadata?.duplicateOf).toBeUndefined();
    expect(second.record.webUrl).not.toBe(first.record.webUrl);
    const sha = await storedSha256(manager, site, second.record.driveItemId ?? '');
    expect(sha).toBe(createHash('sha256').update(secondBytes).digest('hex'));
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
    expect((await fileMail(manager, message, secondBytes)).kind).toBe('already-filed');
    expect((await fileMail(officer, message, mimeOf(message, 2000, 1))).kind).toBe('already-filed');
  });

  it('does not file twice a mail a records manager filed first', async () => {
    const message = aMail();
    const bytes = mimeOf(message, 2000, 1);
    expect((await fileMail(manager, message, bytes)).kind).toBe('filed');
    // Officers read every record of the library (SharePoint has no "own items only").
    expect((await fileMail(officer, message, bytes)).kind).toBe('already-filed');
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
  });

  it('does not file twice a mail whose record she may not read (403, or 404 after the 409)', async () => {
    const message = aMail();
    const filed = await fileMail(manager, message);
    expect(filed.kind).toBe('filed');
    if (filed.kind !== 'filed') return;
    // The colleague's record with permissions of its own that leave the officers out.
    await sendOk(manager, {
      method: 'POST',
      url: `/drives/${site.recordsDriveId}/items/${filed.record.driveItemId ?? ''}/invite`,
      json: {
        recipients: [{ objectId: RECORDS_MANAGERS_GROUP.id }],
        roles: ['write'],
        retainInheritedPermissions: false,
      },
      label: 'test.invite',
    });
    expect((await fileMail(officer, message)).kind).toBe('already-filed-by-other');
    const hiding: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status !== 403) return response;
      await response.arrayBuffer();
      return new Response(JSON.stringify({ error: { code: 'itemNotFound' } }), { status: 404 });
    };
    const result = await fileMail(harness.client(undefined, hiding), message);
    expect(result.kind).toBe('already-filed-by-other');
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
  });

  it('completes a filing that died after its upload, without a duplicate', async () => {
    const message = aMail();
    const bytes = mimeOf(message);
    const dying = harness.client(undefined, dieBefore('/$batch'));
    await expect(
      fileRecord(dying, {
        site,
        content: contentFromBytes(bytes),
        message,
        metadata: aDraft(message),
        dossierFolder: FOLDER,
      }),
    ).rejects.toMatchObject({ name: 'GraphCallError', kind: 'network' });
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(0);
    officer.counter.reset();
    const retry = await fileMail(officer, message, bytes);
    expect(retry.kind).toBe('filed');
    expect(officer.counter.byLabel()).toMatchObject({
      'records.upload-small': 1,
      'records.existing-item': 1,
    });
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
    const names = await filesIn(manager, site, FOLDER);
    expect(names.filter((name) => name === recordFileName(message))).toHaveLength(1);
  });

  it('finds a filing whose last response was lost already filed on retry', async () => {
    const message = aMail();
    const lossy = harness.client(undefined, dieAfter('/$batch'));
    await expect(
      fileRecord(lossy, {
        site,
        content: contentFromBytes(mimeOf(message)),
        message,
        metadata: aDraft(message),
        dossierFolder: FOLDER,
      }),
    ).rejects.toMatchObject({ kind: 'network' });
    expect((await fileMail(officer, message)).kind).toBe('already-filed');
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
  });

  it('completes a filing whose upload response was lost (the upload itself arrived)', async () => {
    const message = aMail();
    const lossy = harness.client(undefined, loseResponseOnce(':/content'));
    const result = await fileRecord(lossy, {
      site,
      content: contentFromBytes(mimeOf(message)),
      message,
      metadata: aDraft(message),
      dossierFolder: FOLDER,
    });
    expect(result.kind).toBe('filed');
    expect(await recordsWithKey(manager, site, dedupKey(message))).toBe(1);
  });

  it('files other content than a half-done file at the path as a record of its own', async () => {
    const message = aMail();
    const dying = harness.client(undefined, dieBefore('/$batch'));
    await expect(
      fileRecord(dying, {
        site,
        content: contentFromBytes(mimeOf(message, 2000, 1)),
        message,
        metadata: aDraft(message),
        dossierFolder: FOLDER,
      }),
    ).rejects.toMatchObject({ kind: 'network' });
    const result = await fileMail(officer, message, mimeOf(message, 2000, 2));
    expect(result.kind).toBe('filed');
    if (result.kind !== 'filed') return;
    expect(result.record.metadata?.duplicateOf).toBe(dedupKey(message));
    const names = await filesIn(manager, site, FOLDER);
    const same = names.filter((name) => name.startsWith(recordFileName(message).slice(0, -4)));
    // Two records, each with its text rendition for Microsoft Search beside it.
    expect(same.filter((name) => name.endsWith('.eml'))).toHaveLength(2);
    expect(same.filter((name) => name.endsWith('.eml.txt'))).toHaveLength(1);
  });

  it('files a chat message as HTML with its JSON source beside it', async () => {
    const chat = aMail({
      kind: 'chat',
      id: asSourceId(`${Date.now()}`),
      conversationId: asConversationId('19:besluit@thread.v2'),
      subject: 'Besluit over de planning',
    });
    const result = await fileRecord(officer, {
      site,
      content: contentFromText('<html><body><p>Besluit: we gaan door.</p></body></html>'),
      chatSource: contentFromText(JSON.stringify({ id: chat.id, body: { content: 'Besluit' } })),
      message: chat,
      metadata: aDraft(chat),
      dossierFolder: FOLDER,
    });
    expect(result.kind).toBe('filed');
    const names = await filesIn(manager, site, FOLDER);
    const html = recordFileName(chat);
    expect(names).toEqual(expect.arrayContaining([html, chatSourceFileName(html)]));
  });
});

/** A fetch that throws instead of sending requests matching `marker`: the process ended just before. */
function dieBefore(marker: string): typeof fetch {
  return (input, init) =>
    String(input).includes(marker)
      ? Promise.reject(new TypeError('fetch failed: process ended'))
      : fetch(input, init);
}

/** A fetch that sends requests matching `marker` and then throws, as a process killed there would. */
function dieAfter(marker: string): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).includes(marker)) {
      await response.arrayBuffer();
      throw new TypeError('fetch failed: process ended');
    }
    return response;
  };
}

/** A fetch that loses the response of the first request matching `marker` after the server handled it. */
function loseResponseOnce(marker: string): typeof fetch {
  let lost = false;
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!lost && String(input).includes(marker)) {
      lost = true;
      await response.arrayBuffer();
      throw new TypeError('fetch failed: socket hang up');
    }
    return response;
  };
}
