import { parseMsg } from './parse-msg';
import { aMsgFile, type MsgFileFields } from './testing/msg-file';

const fields: MsgFileFields = {
  subject: 'Besluit fasering actieve openbaarmaking',
  senderName: 'Pieter Jansen',
  senderEmail: 'Pieter.Jansen@MinBZK.example.nl',
  to: [{ name: 'Sanne de Vries', email: 'sanne.devries@minbzk.example.nl' }],
  body: 'Beste Sanne,\r\n\r\nHierbij het besluit.\r\n',
  messageId: 'besluit-1@MINBZK.example.nl',
  sent: new Date('2024-03-05T13:32:10Z'),
};

describe('parseMsg', () => {
  it('reads subject, parties, date, body and Message-ID from an Outlook file', async () => {
    const result = await parseMsg(aMsgFile(fields));
    expect(result).toMatchObject({
      ok: true,
      message: {
        kind: 'mail',
        id: 'besluit-1@MINBZK.example.nl',
        subject: 'Besluit fasering actieve openbaarmaking',
        from: { name: 'Pieter Jansen', address: 'pieter.jansen@minbzk.example.nl' },
        to: [{ name: 'Sanne de Vries', address: 'sanne.devries@minbzk.example.nl' }],
        cc: [],
        sent: new Date('2024-03-05T13:32:10Z'),
        bodyText: 'Beste Sanne,\n\nHierbij het besluit.\n',
      },
    });
  });

  it('gives a file without Message-ID the same content-hash id every time', async () => {
    const { messageId, ...withoutId } = fields;
    void messageId;
    const file = aMsgFile(withoutId);
    const first = await parseMsg(file);
    const second = await parseMsg(file);
    expect(first.ok && first.message.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(second.ok && second.message.id).toBe(first.ok && first.message.id);
  });

  it('says a file that is not an Outlook message cannot be read', async () => {
    const text = new TextEncoder().encode('Subject: dit is tekst, geen .msg');
    expect(await parseMsg(text)).toEqual({ ok: false, error: 'msg-unreadable' });
    expect(await parseMsg(new Uint8Array(0))).toEqual({ ok: false, error: 'msg-unreadable' });
  });
});
