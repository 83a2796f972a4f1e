import { MANAGER, OFFICER, startTestEmulator, type TestEmulator } from '../../testing/harness';

const IMMUTABLE = { prefer: 'IdType="ImmutableId"' };
type Message = Record<string, unknown>;

describe('message ids and moving mail', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator();
  });
  afterAll(() => test.stop());

  const firstInbox = async (headers: Record<string, string> = {}): Promise<Message[]> =>
    (await test.json('/me/mailFolders/inbox/messages?$top=50&$select=id,subject', { headers })).body
      .value ?? [];

  it('gives a moved mail a new REST id: the old one no longer finds it', async () => {
    const [mail] = await firstInbox();
    const id = String(mail?.['id']);
    const moved = await test.json(`/me/messages/${id}/move`, {
      method: 'POST',
      body: { destinationId: 'archive' },
    });
    expect(moved.status).toBe(201);
    const newId = String(moved.body['id']);
    expect(newId).not.toBe(id);
    expect(moved.body['subject']).toBe(mail?.['subject']);
    expect((await test.call(`/me/messages/${id}`)).status).toBe(404);
    expect((await test.json(`/me/messages/${newId}?$select=subject`)).body['subject']).toBe(
      mail?.['subject'],
    );
    const archive = await test.json('/me/mailFolders/archive/messages?$select=id');
    expect(archive.body.value?.map((message) => message['id'])).toContain(newId);
  });

  it('keeps the immutable id through a move, when the request asks for immutable ids', async () => {
    const [mail] = await firstInbox(IMMUTABLE);
    const immutable = String(mail?.['id']);
    const [sameByRest] = await firstInbox();
    expect(immutable).not.toBe(String(sameByRest?.['id']));
    // A rule moves it, knowing nothing of immutable ids.
    const moved = await test.json(`/me/messages/${String(sameByRest?.['id'])}/move`, {
      method: 'POST',
      body: { destinationId: 'deleteditems' },
    });
    expect(moved.status).toBe(201);
    const again = await test.json(`/me/messages/${immutable}?$select=subject`, {
      headers: IMMUTABLE,
    });
    expect(again.status).toBe(200);
    expect(again.body['id']).toBe(immutable);
    expect(again.body['subject']).toBe(mail?.['subject']);
    const mime = await test.call(`/me/messages/${immutable}/$value`, { headers: IMMUTABLE });
    expect(await mime.text()).toMatch(/Message-ID:/i);
    // Without the header the immutable id names nothing: the header applies per request.
    expect((await test.call(`/me/messages/${immutable}`)).status).toBe(404);
  });

  it('translates REST ids to immutable ids and back, naming an id it does not know', async () => {
    const [mail] = await firstInbox();
    const rest = String(mail?.['id']);
    const answer = await test.json('/me/translateExchangeIds', {
      method: 'POST',
      body: {
        inputIds: [rest, 'AAMkAGI2bestaatniet'],
        sourceIdType: 'restId',
        targetIdType: 'restImmutableEntryId',
      },
    });
    expect(answer.status).toBe(200);
    const [found, missing] = answer.body.value ?? [];
    expect(found?.['sourceId']).toBe(rest);
    const immutable = String(found?.['targetId']);
    expect(missing).toMatchObject({ errorDetails: { code: 'ErrorItemNotFound' } });
    const back = await test.json('/me/translateExchangeIds', {
      method: 'POST',
      body: { inputIds: [immutable], sourceIdType: 'restImmutableEntryId', targetIdType: 'restId' },
    });
    expect(back.body.value?.[0]?.['targetId']).toBe(rest);
    const ews = await test.json('/me/translateExchangeIds', {
      method: 'POST',
      body: { inputIds: [rest], sourceIdType: 'ewsId', targetIdType: 'restImmutableEntryId' },
    });
    expect(ews.status).toBe(400);
  });

  it('refuses a move to a folder it does not know', async () => {
    const [mail] = await firstInbox();
    const answer = await test.json(`/me/messages/${String(mail?.['id'])}/move`, {
      method: 'POST',
      body: { destinationId: 'nergens' },
    });
    expect(answer.status).toBe(404);
    const missing = await test.json(`/me/messages/${String(mail?.['id'])}/move`, {
      method: 'POST',
      body: {},
    });
    expect(missing.status).toBe(400);
  });
});

describe('a shared mailbox', () => {
  let test: TestEmulator;
  beforeAll(async () => {
    test = await startTestEmulator();
  });
  afterAll(() => test.stop());

  const POSTBUS = 'postbus-woo@bronvast.example';

  it('is opened, read and marked by a delegated officer through /users/{mailbox}', async () => {
    const listed = await test.json(
      `/users/${POSTBUS}/mailFolders/inbox/messages?$select=id,subject`,
      { as: OFFICER, headers: IMMUTABLE },
    );
    expect(listed.status).toBe(200);
    const subjects = (listed.body.value ?? []).map((message) => String(message['subject']));
    expect(subjects).toContainEqual(expect.stringMatching(/Woo-verzoek/));
    const id = String(listed.body.value?.[0]?.['id']);
    const marked = await test.json(`/users/${POSTBUS}/messages/${id}`, {
      as: OFFICER,
      method: 'PATCH',
      headers: IMMUTABLE,
      body: { categories: ['Vastgelegd in Bronvast'] },
    });
    expect(marked.status).toBe(200);
    expect(marked.body['categories']).toEqual(['Vastgelegd in Bronvast']);
    const mime = await test.call(`/users/${POSTBUS}/messages/${id}/$value`, {
      as: OFFICER,
      headers: IMMUTABLE,
    });
    expect(mime.status).toBe(200);
    // It is not the officer's own mail.
    expect(
      (await test.call(`/me/messages/${id}`, { as: OFFICER, headers: IMMUTABLE })).status,
    ).toBe(404);
  });

  it('is refused with 403 to a user who is not delegated, and so is a colleague’s mailbox', async () => {
    for (const path of [
      `/users/${POSTBUS}/mailFolders/inbox/messages`,
      `/users/${POSTBUS}/messages`,
      `/users/${OFFICER}/messages`,
    ]) {
      const answer = await test.json(path, { as: MANAGER });
      expect(answer.status).toBe(403);
      expect(answer.body['error']).toMatchObject({ code: 'ErrorAccessDenied' });
    }
  });
});
