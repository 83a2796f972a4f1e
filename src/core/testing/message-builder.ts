import type { Dossier, FiledMessage } from '../dossier';
import { asConversationId, asDossierId, asSourceId } from '../ids';
import type { Message, Party } from '../message';

let sequence = 0;

/** Builds a mail message for tests, each with its own source id; override any field. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  sequence += 1;
  return {
    kind: 'mail',
    id: asSourceId(`<test-${sequence}@bronvast.example>`),
    subject: '',
    from: { name: 'Anna de Vries', address: 'anna.devries@gemeente.example' },
    to: [{ name: 'Team Beleid', address: 'beleid@gemeente.example' }],
    cc: [],
    sent: new Date('2025-03-05T14:32:10Z'),
    bodyText: '',
    headers: {},
    attachments: [],
    ...overrides,
  };
}

/** A party with an address only. */
export function aParty(address: string, name?: string): Party {
  return name === undefined ? { address } : { name, address };
}

/** Builds an open dossier for tests; `id` is also its kenmerk. */
export function aDossier(id: string, overrides: Partial<Omit<Dossier, 'id'>> = {}): Dossier {
  return { id: asDossierId(id), title: id, status: 'open', ...overrides };
}

/** A message filed in `dossier`, optionally by a colleague. */
export function aFiledMessage(dossier: string, message: Message, filedBy?: string): FiledMessage {
  const filed = { message, dossier: asDossierId(dossier) };
  return filedBy === undefined ? filed : { ...filed, filedBy };
}

/** A conversation id for tests. */
export const aConversation = asConversationId;
