import type { ChatMember, ChatMessageRecord, ChatRecord } from '../store/chats';
import { POLICY_OFFICER, RECORDS_MANAGER } from './users';

const sanne: ChatMember = {
  userId: POLICY_OFFICER.id,
  displayName: POLICY_OFFICER.displayName,
  upn: POLICY_OFFICER.upn,
};
const marloes: ChatMember = {
  userId: RECORDS_MANAGER.id,
  displayName: RECORDS_MANAGER.displayName,
  upn: RECORDS_MANAGER.upn,
};
const pieter: ChatMember = {
  userId: '1c9d7e3b-5a2f-4e6d-8b1a-3f4e5d6c7b03',
  displayName: 'Pieter Jansen',
};
const fatima: ChatMember = {
  userId: '2d8e6f4c-6b3a-4f7e-9c2b-4a5f6e7d8c04',
  displayName: 'Fatima El Idrissi',
};
const jeroen: ChatMember = {
  userId: '3e7f5a6d-7c4b-4a8f-8d3c-5b6a7f8e9d05',
  displayName: 'Jeroen Mulder',
};

/** The demo group chat of the Open op Orde core team. */
export const DEMO_CHAT: ChatRecord = {
  id: '19:7c1f0a9e2b4d4c8e9f3a6b5d2e1c0f47@thread.v2',
  topic: 'Kernteam Open op Orde',
  createdDateTime: '2025-09-01T07:30:00.000Z',
  lastUpdatedDateTime: '2025-11-20T15:02:00.000Z',
  members: [sanne, marloes, pieter, fatima, jeroen],
};

type Line = readonly [at: string, from: ChatMember, content: string, importance?: 'high'];

const LINES: readonly Line[] = [
  [
    '2025-11-20T08:58:00.000Z',
    pieter,
    '<p>Goedemorgen! De monitorcijfers van JenV en Defensie zijn binnen, daarmee is de tabel compleet.</p>',
  ],
  [
    '2025-11-20T09:04:00.000Z',
    sanne,
    '<p>Top. Dan kan ik paragraaf 2 vandaag afronden. Zijn de cijfers over de overbrenging nog steeds 212 strekkende meter?</p>',
  ],
  ['2025-11-20T09:06:00.000Z', pieter, '<p>Ja, 212. Het NA heeft het nog eens bevestigd.</p>'],
  [
    '2025-11-20T09:15:00.000Z',
    marloes,
    '<p>Let op: de definitieve brief en de monitor moeten we als record vastleggen in BZK-2025-0150, ook de Teams-afstemming over de publicatiedatum.</p>',
  ],
  [
    '2025-11-20T09:21:00.000Z',
    fatima,
    '<p>Juridisch nog één punt: in paragraaf 4 niet schrijven dat chatberichten &quot;geen documenten&quot; zijn als ze vluchtig zijn. Dat klopt niet onder de Woo.</p>',
  ],
  ['2025-11-20T09:24:00.000Z', sanne, '<p>Goed punt, ik haal die zin eruit.</p>'],
  [
    '2025-11-20T10:40:00.000Z',
    jeroen,
    '<p>Even over de publicatiedatum: 2 december houden, of wachten op de beleidsregel berichtenapps?</p>',
  ],
  [
    '2025-11-20T10:47:00.000Z',
    pieter,
    '<p>De beleidsregel gaat pas in december in consultatie. Als we wachten, schuift de brief naar januari en missen we het commissiedebat.</p>',
  ],
  [
    '2025-11-20T10:52:00.000Z',
    sanne,
    '<p>Eens met Pieter. In paragraaf 4 kunnen we de planning van de beleidsregel noemen.</p>',
  ],
  [
    '2025-11-20T11:05:00.000Z',
    jeroen,
    '<p><strong>Besluit:</strong> de voortgangsbrief Open op Orde gaat op 2 december naar de Kamer, met de monitor als bijlage. Paragraaf 4 noemt alleen de planning van de beleidsregel berichtenapps. Sanne stuurt de definitieve versie maandag via de lijn naar de SG.</p>',
    'high',
  ],
  ['2025-11-20T11:07:00.000Z', marloes, '<p>Genoteerd. Ik zet dit besluit in het dossier.</p>'],
  ['2025-11-20T15:02:00.000Z', fatima, '<p>Wie neemt er morgen taart mee voor Daan? 🎂</p>'],
];

/** The chat's messages; ids are the creation times in milliseconds, as Teams makes them. */
export const DEMO_CHAT_MESSAGES: readonly ChatMessageRecord[] = LINES.map(
  ([at, from, content, importance]) => ({
    id: String(Date.parse(at)),
    chatId: DEMO_CHAT.id,
    createdDateTime: at,
    from,
    content,
    importance: importance ?? 'normal',
    replyToId: null,
    reactions:
      importance === 'high'
        ? [{ reactionType: 'like', user: sanne, createdDateTime: '2025-11-20T11:06:00.000Z' }]
        : [],
  }),
);
