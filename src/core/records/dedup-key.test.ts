import { asConversationId, asSourceId } from '../ids';
import { variantDedupKey, dedupKey, normaliseInternetMessageId } from './dedup-key';
import { aMessage, aMessageWithout } from './test-message';

describe('dedupKey', () => {
  it('keys a mail by its internetMessageId, prefixed by kind', () => {
    expect(dedupKey(aMessage())).toBe('mail:20240305.1432@mail.example.nl');
  });

  it('gives the same key for the id with or without brackets, spaces and domain case', () => {
    const a = aMessage({ id: asSourceId(' <abc.DEF@EXAMPLE.nl> ') });
    const b = aMessage({ id: asSourceId('abc.DEF@example.NL'), subject: 'Other subject' });
    expect(dedupKey(a)).toBe(dedupKey(b));
  });

  it('keeps the local part case-sensitive', () => {
    expect(normaliseInternetMessageId('<Abc@x.nl>')).not.toBe(
      normaliseInternetMessageId('<abc@x.nl>'),
    );
  });

  it('keys a chat message by chat id and message id', () => {
    const chat = aMessage({
      kind: 'chat',
      id: asSourceId('1710000000000'),
      conversationId: asConversationId('19:meeting@thread.v2'),
    });
    expect(dedupKey(chat)).toBe('chat:19:meeting@thread.v2/1710000000000');
  });

  it('never confuses a mail and a chat message with the same id', () => {
    const id = asSourceId('123@x.nl');
    const withoutConversation = aMessageWithout(['conversationId'], { id });
    expect(dedupKey(withoutConversation)).not.toBe(
      dedupKey({ ...withoutConversation, kind: 'chat' }),
    );
  });

  it('hashes a key too long for a text column', () => {
    const key = dedupKey(aMessage({ id: asSourceId(`<${'x'.repeat(300)}@example.nl>`) }));
    expect(key).toMatch(/^mail:sha256:[0-9a-f]{64}$/);
  });
});

describe('variantDedupKey', () => {
  const shaA = 'a'.repeat(64);
  const shaB = 'b'.repeat(64);

  it('gives each content under one source id its own key, the same content the same key', () => {
    const key = dedupKey(aMessage());
    expect(variantDedupKey(key, shaA)).not.toBe(variantDedupKey(key, shaB));
    expect(variantDedupKey(key, shaA)).toBe(variantDedupKey(key, shaA));
    expect(variantDedupKey(key, shaA)).not.toBe(key);
  });

  it('stays within a text column for a long source key, keeping its kind', () => {
    const key = `chat:${'x'.repeat(250)}`;
    expect(variantDedupKey(key, shaA)).toMatch(/^chat:sha256:[0-9a-f]{64}$/);
  });
});
