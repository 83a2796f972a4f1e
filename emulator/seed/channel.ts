import type { ChatMessageRecord, ChatRecord } from '../store/chats';
import { CHAT_PEOPLE, type ChatLine } from './chat-people';

const { sanne, marloes, pieter, fatima, daan } = CHAT_PEOPLE;

/** The demo team. */
export const DEMO_TEAM = {
  id: '6a2b9c4d-1e3f-4a5b-8c6d-7e8f9a0b1c2d',
  displayName: 'Directie Informatiehuishouding',
  description: 'Team van de directie Informatiehuishouding, ministerie van BZK',
} as const;

/** The team's channel where Woo requests are coordinated. */
export const DEMO_CHANNEL: ChatRecord = {
  id: '19:a4c2e6f8b0d24e1f9a3c5b7d9e0f1a2b@thread.tacv2',
  topic: 'Woo-verzoeken',
  description: 'Afstemming over lopende Woo-verzoeken',
  createdDateTime: '2025-09-01T08:00:00.000Z',
  lastUpdatedDateTime: '2025-11-18T14:20:00.000Z',
  members: [sanne, marloes, pieter, fatima, daan],
  team: DEMO_TEAM,
};

const ROOT: ChatLine = {
  at: '2025-11-18T13:30:00.000Z',
  from: marloes,
  content:
    '<p>Woo-verzoek 2025-117 (berichtenapps bewindspersonen): de termijn loopt 2 december af. Verdagen we met vier weken of besluiten we deels openbaar op de termijn?</p>',
};

const REPLIES: readonly ChatLine[] = [
  {
    at: '2025-11-18T13:42:00.000Z',
    from: fatima,
    content:
      '<p>Er zijn 340 berichten; zienswijzen van derden zijn nodig voor 41 ervan. Dat haalt de termijn niet.</p>',
  },
  {
    at: '2025-11-18T13:55:00.000Z',
    from: pieter,
    content: '<p>Eens, verdagen. De verzoeker wel vandaag bellen, dat was de afspraak.</p>',
  },
  {
    at: '2025-11-18T14:10:00.000Z',
    from: daan,
    content:
      '<p><strong>Besluit:</strong> we verdagen Woo-verzoek 2025-117 met vier weken (art. 4.2a Woo). Fatima stuurt vandaag de verdagingsbrief, Sanne belt de verzoeker.</p>',
  },
  { at: '2025-11-18T14:20:00.000Z', from: sanne, content: '<p>Ik bel vanmiddag. 👍</p>' },
];

const BEFORE: ChatLine = {
  at: '2025-11-17T09:00:00.000Z',
  from: sanne,
  content: '<p>Herinnering: de dossierlijst voor Q4 graag bijwerken vóór vrijdag.</p>',
};

function record(line: ChatLine, replyToId: string | null, subject?: string): ChatMessageRecord {
  return {
    id: String(Date.parse(line.at)),
    chatId: DEMO_CHANNEL.id,
    createdDateTime: line.at,
    from: line.from,
    content: line.content,
    importance: 'normal',
    replyToId,
    reactions: [],
    ...(subject === undefined ? {} : { subject }),
  };
}

const rootId = String(Date.parse(ROOT.at));

/** Two root messages; the second has a thread of replies that ends in a decision. */
export const DEMO_CHANNEL_MESSAGES: readonly ChatMessageRecord[] = [
  record(BEFORE, null),
  record(ROOT, null, 'Woo-verzoek 2025-117: verdagen?'),
  ...REPLIES.map((line) => record(line, rootId)),
];
