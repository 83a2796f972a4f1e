import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../emulator/main';
import { asDossierId } from '../../core/ids';
import {
  getDraftDossier,
  getSelectedItems,
  onItemChanged,
  readCurrentItem,
  setDraftDossier,
  whenOfficeReady,
  associateAction,
} from '../../host/index';
import { parseEml } from '../../mime';
import { createOfficeStandIn, type OfficeStandIn } from './create-office-standin';
import type { OfficeStandInOptions, StandInDraft } from './standin-options';

const USER = 'beleid@bronvast.example';
let emulator: RunningEmulator;
let dataDir: string;
let inbox: { id: string; subject: string; internetMessageId: string }[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'bronvast-standin-'));
  emulator = await startEmulator({ port: 0, dataDir });
  const response = await fetch(
    `${emulator.baseUrl}/me/mailFolders/inbox/messages?$top=5&$select=id,subject,internetMessageId`,
    { headers: { Authorization: `Bearer dev:${USER}` } },
  );
  inbox = ((await response.json()) as { value: typeof inbox }).value;
});

afterAll(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(() => Reflect.deleteProperty(globalThis, 'Office'));

/** A workbench in miniature: selection, draft and change listeners in plain variables. */
function aWorkbench(selected: string[], draft: StandInDraft | null = null) {
  const state = { selected, draft, listeners: new Set<() => void>() };
  const options: OfficeStandInOptions = {
    graphBaseUrl: emulator.baseUrl,
    token: `dev:${USER}`,
    user: { emailAddress: USER, displayName: 'Beleid' },
    currentItemId: () => state.selected[0] ?? null,
    selectedItemIds: () => state.selected,
    compose: {
      draft: () => state.draft,
      updateDraft: (change) => {
        if (state.draft !== null) state.draft = { ...state.draft, ...change };
      },
    },
    onChange: (listener) => (state.listeners.add(listener), () => state.listeners.delete(listener)),
  };
  const standIn: OfficeStandIn = createOfficeStandIn(options);
  Reflect.set(globalThis, 'Office', standIn);
  const change = async (next: Partial<Pick<typeof state, 'selected' | 'draft'>>) => {
    Object.assign(state, next);
    state.listeners.forEach((listener) => listener());
    await standIn.refresh();
  };
  return { state, standIn, change };
}

const aDraft = (): StandInDraft => ({
  to: ['jan@extern.example'],
  cc: [],
  subject: 'Besluit subsidieregeling',
  body: 'Hierbij het besluit.',
  headers: {},
  properties: {},
});

describe('the Office stand-in over the local record system', () => {
  it('lets src/host read the open mail as Outlook would give it', async () => {
    const first = inbox[0]!;
    aWorkbench([first.id]);
    await whenOfficeReady();
    const current = await readCurrentItem();
    expect(current?.mode).toBe('read');
    expect(current?.message.subject).toBe(first.subject);
    expect(current?.message.id).toBe(first.internetMessageId.replace(/^<|>$/g, ''));
    expect(current?.message.bodyText.length).toBeGreaterThan(0);
  });

  it('reads every demo mail as its MIME says, and fetches the MIME only when asked for it', async () => {
    const all = await fetch(
      `${emulator.baseUrl}/me/mailFolders/inbox/messages?$top=50&$select=id`,
      { headers: { Authorization: `Bearer dev:${USER}` } },
    );
    const ids = ((await all.json()) as { value: { id: string }[] }).value.map(({ id }) => id);
    for (const id of ids) {
      const requested: string[] = [];
      const standIn = createOfficeStandIn({
        graphBaseUrl: emulator.baseUrl,
        token: `dev:${USER}`,
        user: { emailAddress: USER, displayName: 'Beleid' },
        currentItemId: () => id,
        selectedItemIds: () => [id],
        fetch: (input, init) => (requested.push(String(input)), fetch(input, init)),
      });
      Reflect.set(globalThis, 'Office', standIn);
      await whenOfficeReady();
      const read = (await readCurrentItem())?.message;
      expect(requested.some((url) => url.endsWith('/$value'))).toBe(false);
      const mime = await fetch(`${emulator.baseUrl}/me/messages/${encodeURIComponent(id)}/$value`, {
        headers: { Authorization: `Bearer dev:${USER}` },
      });
      const parsed = await parseEml(new Uint8Array(await mime.arrayBuffer()));
      if (!parsed.ok) throw new Error(`demo mail ${id} does not parse`);
      expect(read?.bodyText.trimEnd()).toBe(parsed.message.bodyText.trimEnd());
      // A meeting reply's calendar part is a body alternative: Outlook lists no attachment for it.
      const files = parsed.message.attachments.filter(
        (attachment) => attachment.contentType !== 'text/calendar',
      );
      expect(read?.attachments).toEqual(files);
      expect(read?.headers).toEqual(parsed.message.headers);
    }
  });

  it('lists the attachments from the MIME where Graph gives no attachment list', async () => {
    const all = await fetch(
      `${emulator.baseUrl}/me/mailFolders/inbox/messages?$top=50&$select=id,subject`,
      { headers: { Authorization: `Bearer dev:${USER}` } },
    );
    const mails = ((await all.json()) as { value: { id: string; subject: string }[] }).value;
    const advice = mails.find((mail) => mail.subject.startsWith('Juridisch advies'));
    if (advice === undefined) throw new Error('no demo mail with attachments');
    // A Graph that answers the open mail without `attachments`, as an older data folder does.
    const withoutList: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).includes('$expand=attachments')) return response;
      const body = (await response.json()) as Record<string, unknown>;
      Reflect.deleteProperty(body, 'attachments');
      return new Response(JSON.stringify(body), { status: response.status });
    };
    Reflect.set(
      globalThis,
      'Office',
      createOfficeStandIn({
        graphBaseUrl: emulator.baseUrl,
        token: `dev:${USER}`,
        user: { emailAddress: USER, displayName: 'Beleid' },
        currentItemId: () => advice.id,
        selectedItemIds: () => [advice.id],
        fetch: withoutList,
      }),
    );
    await whenOfficeReady();
    const read = (await readCurrentItem())?.message;
    expect(read?.attachments.map((attachment) => attachment.name)).toEqual([
      'Advies reikwijdte Woo bij chatberichten.pdf',
      'Nota beleidsregel berichtenapps v0.3.docx',
    ]);
  });

  it('lists the selection and reports item changes to the pinned pane', async () => {
    const [first, second] = [inbox[0]!, inbox[1]!];
    const workbench = aWorkbench([first.id]);
    await whenOfficeReady();
    const changes: string[] = [];
    await onItemChanged(() => changes.push('changed'));
    await workbench.change({ selected: [second.id, first.id] });
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect((await readCurrentItem())?.message.subject).toBe(second.subject);
    const selection = await getSelectedItems();
    expect(selection.map((item) => item.subject)).toEqual([second.subject, first.subject]);
  });

  it('makes the draft the current item and keeps the chosen dossier on it as a custom property', async () => {
    const workbench = aWorkbench([inbox[0]!.id], aDraft());
    await whenOfficeReady();
    const current = await readCurrentItem();
    expect(current).toMatchObject({
      mode: 'compose',
      message: { subject: 'Besluit subsidieregeling' },
    });
    await setDraftDossier(asDossierId('GEM-7'));
    expect(workbench.state.draft?.headers).toEqual({});
    expect(workbench.state.draft?.properties).toEqual({ bronvastDossier: 'GEM-7' });
    await expect(getDraftDossier()).resolves.toBe('GEM-7');
  });

  it('keeps handlers registered through Office.actions.associate for the workbench to run', async () => {
    const workbench = aWorkbench([], aDraft());
    await whenOfficeReady();
    associateAction('onMessageSendHandler', async (event) => {
      const dossier = await getDraftDossier();
      event.completed({ allowEvent: dossier !== null });
    });
    const run = (): Promise<unknown> =>
      new Promise(
        (resolve) =>
          void workbench.standIn.registeredActions.get('onMessageSendHandler')!({
            completed: resolve,
          }),
      );
    await expect(run()).resolves.toEqual({ allowEvent: false });
    await setDraftDossier(asDossierId('GEM-7'));
    await expect(run()).resolves.toEqual({ allowEvent: true });
  });
});
