import { messageFromJson } from './json-message';

const record = {
  id: 'export-0042',
  subject: 'Antw: Woo-verzoek Rozengracht 224a',
  from: 'Wob-ondersteuning <WobOndersteuning@amsterdam.example.nl>',
  to: ['"Jansen, P." <p.jansen@amsterdam.example.nl>', 'juridisch@amsterdam.example.nl'],
  cc: 'Secretariaat <secretariaat@amsterdam.example.nl>',
  date: 'Thu, 8 Dec 2022 17:22:31 +0100',
  body: 'Het besluit op het Woo-verzoek volgt binnen vier weken.',
};

describe('messageFromJson', () => {
  it('reads an exported mail record into a message', () => {
    const result = messageFromJson(record);
    if (!result.ok) throw new Error(result.error);
    const { message } = result;
    expect(message.kind).toBe('mail');
    expect(message.id).toBe('export-0042');
    expect(message.from).toEqual({
      name: 'Wob-ondersteuning',
      address: 'wobondersteuning@amsterdam.example.nl',
    });
    expect(message.to).toEqual([
      { name: 'Jansen, P.', address: 'p.jansen@amsterdam.example.nl' },
      { address: 'juridisch@amsterdam.example.nl' },
    ]);
    expect(message.cc).toEqual([
      { name: 'Secretariaat', address: 'secretariaat@amsterdam.example.nl' },
    ]);
    expect(message.sent?.toISOString()).toBe('2022-12-08T16:22:31.000Z');
    expect(message.bodyText).toBe(record.body);
    expect(message.conversationId).toBe('subject:woo-verzoek rozengracht 224a');
    expect(message.headers).toEqual({});
    expect(message.attachments).toEqual([]);
  });

  it('accepts a minimal record with a numeric id and an ISO date', () => {
    const result = messageFromJson({ id: 7, date: '2024-03-04T10:15:00+01:00' });
    expect(result.ok && result.message.id).toBe('7');
    expect(result.ok && result.message.sent?.toISOString()).toBe('2024-03-04T09:15:00.000Z');
    expect(result.ok && result.message.to).toEqual([]);
    expect(result.ok && result.message.subject).toBe('');
  });

  it('reads the body from `text` when `body` is absent', () => {
    const result = messageFromJson({ id: 'x', text: 'Tekst' });
    expect(result.ok && result.message.bodyText).toBe('Tekst');
  });

  it.each([
    [null, 'not-an-object'],
    [[record], 'not-an-object'],
    ['{"id":1}', 'not-an-object'],
    [{ ...record, id: undefined }, 'missing-id'],
    [{ ...record, id: '  ' }, 'invalid-id'],
    [{ ...record, id: { value: 1 } }, 'invalid-id'],
    [{ ...record, subject: 12 }, 'invalid-subject'],
    [{ ...record, from: 'Jansen' }, 'invalid-from'],
    [{ ...record, from: ['a@b.nl', 'c@d.nl'] }, 'invalid-from'],
    [{ ...record, to: [42] }, 'invalid-to'],
    [{ ...record, cc: 'geen adres' }, 'invalid-cc'],
    [{ ...record, date: 'gisteren' }, 'invalid-date'],
    [{ ...record, date: 1709543700000 }, 'invalid-date'],
    [{ ...record, body: ['regel'] }, 'invalid-body'],
  ])('rejects %j with %s', (input, error) => {
    expect(messageFromJson(input)).toEqual({ ok: false, error });
  });
});
