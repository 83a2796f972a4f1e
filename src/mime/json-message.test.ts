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
  ])('rejects %j with %s', (input, error) => {
    expect(messageFromJson(input)).toEqual({ ok: false, error });
  });

  it.each([
    [{ subject: 12 }, 'invalid-subject', '12'],
    [
      { from: '[GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>' },
      'invalid-from',
      '[GELAKT: 5.1.2e] <[GELAKT: 5.1.2e]@minszw.nl>',
    ],
    [{ from: ['a@b.nl', 'c@d.nl'] }, 'invalid-from', '["a@b.nl","c@d.nl"]'],
    [{ to: [42] }, 'invalid-to', '[42]'],
    [{ cc: 'x <geen adres@>' }, 'invalid-cc', 'x <geen adres@>'],
    [{ date: 'gisteren' }, 'invalid-date', 'gisteren'],
    [{ date: '0CT 2O2l l6:4E' }, 'invalid-date', '0CT 2O2l l6:4E'],
    [{ date: 1709543700000 }, 'invalid-date', '1709543700000'],
    [{ body: ['regel'] }, 'invalid-body', '["regel"]'],
  ])('reads %j as a message and lists the field it could not read', (change, code, text) => {
    const result = messageFromJson({ ...record, ...change });
    if (!result.ok) throw new Error(result.error);
    expect(result.unread).toEqual([{ code, text }]);
    expect(result.message.id).toBe('export-0042');
  });

  it('keeps what it could read beside an unreadable field, and leaves that field out', () => {
    const result = messageFromJson({ ...record, date: 'gisteren', subject: 12 });
    if (!result.ok) throw new Error(result.error);
    expect(result.message.sent).toBeUndefined();
    expect(result.message.subject).toBe('');
    expect(result.message.bodyText).toBe(record.body);
    expect(result.message.from?.address).toBe('wobondersteuning@amsterdam.example.nl');
  });

  it('reads a name without an address as a party without an address', () => {
    const result = messageFromJson({ ...record, from: 'Klachtencentrum', to: '"Jansen, P."' });
    if (!result.ok) throw new Error(result.error);
    expect(result.unread).toEqual([]);
    expect(result.message.from).toEqual({ name: 'Klachtencentrum', address: '' });
    expect(result.message.to).toEqual([{ name: 'Jansen, P.', address: '' }]);
  });

  it('reads the Dutch dates of exports: long form and day-month-year', () => {
    const long = messageFromJson({ id: 1, date: 'woensdag 8 december 2021 16:43:56' });
    expect(long.ok && long.message.sent?.toISOString()).toBe('2021-12-08T15:43:56.000Z');
    const numeric = messageFromJson({ id: 2, date: '29-9-2023' });
    expect(numeric.ok && numeric.message.sent?.toISOString()).toBe('2023-09-28T22:00:00.000Z');
  });
});
