import { asConversationId, asSourceId } from '../ids';
import type { Message } from '../message';

/** Builds a mail message for tests; override any field. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    kind: 'mail',
    id: asSourceId('<20240305.1432@Mail.Example.NL>'),
    conversationId: asConversationId('AAQkAGI2'),
    subject: 'Advies subsidieregeling',
    from: { name: 'Jan Jansen', address: 'jan.jansen@example.nl' },
    to: [{ address: 'beleid@bronvast.example' }],
    cc: [],
    sent: new Date('2024-03-05T14:32:10Z'),
    received: new Date('2024-03-05T14:32:12Z'),
    bodyText: 'Zie bijgaand advies.',
    headers: {},
    attachments: [],
    ...overrides,
  };
}

/** A message without some optional fields (a mail with no sender, no date, ...). */
export function aMessageWithout(
  keys: readonly ('from' | 'sent' | 'received' | 'conversationId')[],
  overrides: Partial<Message> = {},
): Message {
  const message: { -readonly [K in keyof Message]: Message[K] } = aMessage(overrides);
  for (const key of keys) delete message[key];
  return message;
}
