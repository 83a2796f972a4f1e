import type { ChatMessageRecord, ChatRecord } from '../store/chats';
import { CHAT_PEOPLE } from './chat-people';

const PEOPLE = Object.values(CHAT_PEOPLE);
const PHRASES = [
  'Kun je de planning van de monitor nog eens delen?',
  'De reactie van de VNG is binnen, ik zet hem in de map.',
  'Overleg met het Nationaal Archief schuift naar donderdag.',
  'Paragraaf 3 is herschreven, graag een blik erop.',
  'Wie pakt de vragen van de Kamercommissie op?',
  'Ik heb de cijfers van de ministeries bijgewerkt.',
  'Prima, dan gaan we zo verder.',
];

/** The id of the generated chat. */
export const LARGE_CHAT_ID = '19:large0000000000000000000000000000@thread.v2';

/**
 * A long chat for tests and benchmarks: `count` messages a minute apart, oldest first, every
 * seeded person taking turns; the officer and the records manager are members.
 */
export function largeChat(count: number): {
  readonly chat: ChatRecord;
  readonly messages: readonly ChatMessageRecord[];
} {
  const start = Date.parse('2025-01-06T08:00:00.000Z');
  const messages = Array.from({ length: count }, (_, index): ChatMessageRecord => {
    const at = new Date(start + index * 60_000).toISOString();
    return {
      id: String(start + index * 60_000),
      chatId: LARGE_CHAT_ID,
      createdDateTime: at,
      from: PEOPLE[index % PEOPLE.length] ?? CHAT_PEOPLE.sanne,
      content: `<p>${PHRASES[index % PHRASES.length] ?? ''} (${index + 1})</p>`,
      importance: 'normal',
      replyToId: null,
      reactions: [],
    };
  });
  const last = messages.at(-1)?.createdDateTime ?? new Date(start).toISOString();
  return {
    chat: {
      id: LARGE_CHAT_ID,
      topic: `Projectgroep archiefwet (${count} berichten)`,
      createdDateTime: new Date(start).toISOString(),
      lastUpdatedDateTime: last,
      members: PEOPLE,
    },
    messages,
  };
}
