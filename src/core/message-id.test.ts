import { bareMessageId, normaliseInternetMessageId } from './message-id';

describe('the Message-ID as a source id', () => {
  it('drops surrounding space and angle brackets and keeps the case', () => {
    expect(bareMessageId(' <AbC@Example.COM> ')).toBe('AbC@Example.COM');
    expect(bareMessageId('<<doubled@x.nl>>')).toBe('doubled@x.nl');
    expect(bareMessageId('')).toBe('');
  });

  it('compares for deduplication with the domain lower-cased, the local part as it is', () => {
    expect(normaliseInternetMessageId('<AbC@Example.COM>')).toBe('AbC@example.com');
    expect(normaliseInternetMessageId('no-domain')).toBe('no-domain');
  });
});
