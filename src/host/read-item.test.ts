import {
  aReadItem,
  answers,
  failed,
  installOffice,
  succeeded,
  uninstallOffice,
} from './office-mock.fixture';
import { isOfficeCallError } from './OfficeCallError';
import { currentItemMode, readCurrentItem } from './current-item';

afterEach(uninstallOffice);

describe('reading the open mail', () => {
  it('maps a read item to the core message with lower-case parties and the Message-ID as id', async () => {
    installOffice({ item: aReadItem() });
    const current = await readCurrentItem();
    expect(current?.mode).toBe('read');
    if (current?.mode !== 'read') return;
    expect(current.itemId).toBe('AAMkAGI2-ews-1');
    expect(current.message).toMatchObject({
      kind: 'mail',
      id: 'advies-1@gemeente.example',
      conversationId: 'conv-1',
      subject: 'Advies herinrichting Stationsplein BZK-2024-0113',
      from: { name: 'Anna de Vries', address: 'anna.devries@gemeente.example' },
      to: [{ name: 'Beleid', address: 'beleid@bronvast.example' }],
      bodyText: 'Hierbij het advies over het Stationsplein.',
    });
    expect(current.message.sent?.toISOString()).toBe('2024-03-04T09:15:00.000Z');
  });

  it('lists attachments by name and size and leaves inline images out', async () => {
    installOffice({ item: aReadItem() });
    const current = await readCurrentItem();
    expect(current?.message.attachments).toEqual([
      { name: 'advies.pdf', size: 12345, contentType: 'application/pdf' },
    ]);
  });

  it('keeps the headers that mark automated mail when Mailbox 1.8 is there', async () => {
    const raw =
      'Subject: x\r\nList-Unsubscribe: <mailto:u@x.example>\r\nAuto-Submitted:\r\n auto-generated\r\nX-Other: y\r\n';
    installOffice({ item: aReadItem({ getAllInternetHeadersAsync: answers(succeeded(raw)) }) });
    const current = await readCurrentItem();
    expect(current?.message.headers).toEqual({
      'list-unsubscribe': '<mailto:u@x.example>',
      'auto-submitted': 'auto-generated',
    });
  });

  it('rejects with Office’s error code when the body cannot be read', async () => {
    installOffice({
      item: aReadItem({ body: { getAsync: answers(failed(9030, 'GenericResponseError')) } }),
    });
    const error: unknown = await readCurrentItem().catch((caught: unknown) => caught);
    expect(isOfficeCallError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 9030,
      officeName: 'GenericResponseError',
      call: 'body.getAsync',
    });
  });

  it('says none when the pinned pane has no item', async () => {
    installOffice({ item: null });
    expect(currentItemMode()).toBe('none');
    await expect(readCurrentItem()).resolves.toBeNull();
  });
});

describe('reading a draft', () => {
  const draft = (overrides: Record<string, unknown> = {}) => ({
    itemType: 'message',
    subject: { getAsync: answers(succeeded('Concept besluit')) },
    to: { getAsync: answers(succeeded([{ displayName: '', emailAddress: 'Jan@Extern.example' }])) },
    cc: { getAsync: answers(succeeded([])) },
    body: { getAsync: answers(succeeded('Zie bijgaand het concept.')) },
    internetHeaders: {},
    getAttachmentsAsync: answers(succeeded([{ id: 'a', name: 'besluit.docx', size: 2048 }])),
    loadCustomPropertiesAsync: answers(succeeded({})),
    ...overrides,
  });

  it('reads subject, recipients, body and attachments, with the user as sender', async () => {
    installOffice({ item: draft() });
    expect(currentItemMode()).toBe('compose');
    const current = await readCurrentItem();
    expect(current?.mode).toBe('compose');
    expect(current?.message).toMatchObject({
      id: 'draft',
      subject: 'Concept besluit',
      from: { name: 'Beleid Medewerker', address: 'beleid@bronvast.example' },
      to: [{ address: 'jan@extern.example' }],
      bodyText: 'Zie bijgaand het concept.',
      attachments: [{ name: 'besluit.docx', size: 2048 }],
    });
    expect(current?.message.conversationId).toBeUndefined();
  });
});
