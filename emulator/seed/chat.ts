import type { ChatMessageRecord, ChatRecord } from '../store/chats';
import { monitorChartPng } from './chat-image';
import { CHAT_PEOPLE, type ChatLine } from './chat-people';

const { sanne, marloes, pieter, fatima, jeroen } = CHAT_PEOPLE;

/** The demo group chat of the Open op Orde core team. */
export const DEMO_CHAT: ChatRecord = {
  id: '19:7c1f0a9e2b4d4c8e9f3a6b5d2e1c0f47@thread.v2',
  topic: 'Kernteam Open op Orde',
  createdDateTime: '2025-09-01T07:30:00.000Z',
  lastUpdatedDateTime: '2025-11-20T15:02:00.000Z',
  members: [sanne, marloes, pieter, fatima, jeroen],
};

const LINES: readonly ChatLine[] = [
  {
    at: '2025-11-20T08:58:00.000Z',
    from: pieter,
    content:
      '<p>Goedemorgen! De monitorcijfers van JenV en Defensie zijn binnen, daarmee is de tabel compleet.</p><p><img src="{{hosted:aWQ9eF8wLXd1cy1kMTAtbW9uaXRvcg}}" alt="Staafdiagram monitor per ministerie" width="180" height="96" itemtype="http://schema.skype.com/AMSImage"></p>',
  },
  {
    at: '2025-11-20T09:04:00.000Z',
    from: sanne,
    content:
      '<p>Top. Dan kan ik paragraaf 2 vandaag afronden. Zijn de cijfers over de overbrenging nog steeds 212 strekkende meter?</p>',
  },
  {
    at: '2025-11-20T09:06:00.000Z',
    from: pieter,
    content: '<p>Ja, 212. Het NA heeft het nog eens bevestigd.</p>',
    edited: '2025-11-20T16:10:00.000Z',
  },
  {
    at: '2025-11-20T09:15:00.000Z',
    from: marloes,
    content:
      '<p>Let op: de definitieve brief en de monitor moeten we als record vastleggen in BZK-2025-0150, ook de Teams-afstemming over de publicatiedatum.</p>',
  },
  {
    at: '2025-11-20T09:21:00.000Z',
    from: fatima,
    content:
      '<p>Juridisch nog één punt: in paragraaf 4 niet schrijven dat chatberichten &quot;geen documenten&quot; zijn als ze vluchtig zijn. Dat klopt niet onder de Woo.</p>',
  },
  {
    at: '2025-11-20T09:24:00.000Z',
    from: sanne,
    content: '<p>Goed punt, ik haal die zin eruit.</p>',
  },
  {
    at: '2025-11-20T10:40:00.000Z',
    from: jeroen,
    content:
      '<p>Even over de publicatiedatum: 2 december houden, of wachten op de beleidsregel berichtenapps?</p>',
  },
  {
    at: '2025-11-20T10:47:00.000Z',
    from: pieter,
    content:
      '<p>De beleidsregel gaat pas in december in consultatie. Als we wachten, schuift de brief naar januari en missen we het commissiedebat.</p>',
  },
  {
    at: '2025-11-20T10:52:00.000Z',
    from: sanne,
    content:
      '<p>Eens met Pieter. In paragraaf 4 kunnen we de planning van de beleidsregel noemen. Concept staat hier: <attachment id="5e1c7a90-3b2d-4f6e-8a1c-9d0e2f3a4b51"></attachment></p>',
  },
  {
    at: '2025-11-20T11:05:00.000Z',
    from: jeroen,
    content:
      '<p><strong>Besluit:</strong> de voortgangsbrief Open op Orde gaat op 2 december naar de Kamer, met de monitor als bijlage. Paragraaf 4 noemt alleen de planning van de beleidsregel berichtenapps. <at id="0">Sanne de Vries</at> stuurt de definitieve versie maandag via de lijn naar de SG.</p>',
    importance: 'high',
  },
  {
    at: '2025-11-20T11:07:00.000Z',
    from: marloes,
    content: '<p>Genoteerd. Ik zet dit besluit in het dossier.</p>',
  },
  {
    at: '2025-11-20T15:02:00.000Z',
    from: fatima,
    content: '<p>Wie neemt er morgen taart mee voor Daan? 🎂</p>',
  },
];

function messageOf(line: ChatLine): ChatMessageRecord {
  const id = String(Date.parse(line.at));
  const high = line.importance === 'high';
  return {
    id,
    chatId: DEMO_CHAT.id,
    createdDateTime: line.at,
    ...(line.edited === undefined
      ? {}
      : { lastEditedDateTime: line.edited, lastModifiedDateTime: line.edited }),
    from: line.from,
    content: line.content,
    importance: line.importance ?? 'normal',
    replyToId: null,
    reactions: high
      ? [
          { reactionType: 'like', user: sanne, createdDateTime: '2025-11-20T11:06:00.000Z' },
          { reactionType: 'like', user: pieter, createdDateTime: '2025-11-20T11:06:30.000Z' },
        ]
      : [],
    ...(high ? { mentions: [{ id: 0, member: sanne }] } : {}),
    ...(line.content.includes('<attachment')
      ? {
          attachments: [
            {
              id: '5e1c7a90-3b2d-4f6e-8a1c-9d0e2f3a4b51',
              name: 'Concept voortgangsbrief Open op Orde v0.9.docx',
              contentUrl:
                'https://bronvast.sharepoint.com/sites/informatiebeheer/Gedeelde%20documenten/Concept%20voortgangsbrief%20Open%20op%20Orde%20v0.9.docx',
            },
          ],
        }
      : {}),
    ...(line.content.includes('{{hosted:')
      ? {
          hostedContents: [
            {
              id: 'aWQ9eF8wLXd1cy1kMTAtbW9uaXRvcg',
              contentType: 'image/png',
              base64: monitorChartPng().toString('base64'),
            },
          ],
        }
      : {}),
  };
}

const SYSTEM: ChatMessageRecord = {
  id: String(Date.parse('2025-09-01T07:30:00.000Z')),
  chatId: DEMO_CHAT.id,
  createdDateTime: '2025-09-01T07:30:00.000Z',
  from: null,
  content: '<systemEventMessage/>',
  importance: 'normal',
  replyToId: null,
  reactions: [],
  messageType: 'systemEventMessage',
  eventDetail: {
    '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail',
    visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
    members: [{ id: fatima.userId, displayName: null, userIdentityType: 'aadUser' }],
    initiator: { user: { id: jeroen.userId, displayName: null, userIdentityType: 'aadUser' } },
  },
};

const DELETED: ChatMessageRecord = {
  id: String(Date.parse('2025-11-20T09:10:00.000Z')),
  chatId: DEMO_CHAT.id,
  createdDateTime: '2025-11-20T09:10:00.000Z',
  from: pieter,
  content: '<p>Verkeerde chat, sorry.</p>',
  importance: 'normal',
  replyToId: null,
  reactions: [],
  deletedDateTime: '2025-11-20T09:11:00.000Z',
};

/**
 * The chat's messages: a system message, a pasted chart (hosted content), a deleted message, an
 * attached document, and the decision with a mention and reactions. Ids are the creation times
 * in milliseconds, as Teams makes them.
 */
export const DEMO_CHAT_MESSAGES: readonly ChatMessageRecord[] = [
  SYSTEM,
  ...LINES.map(messageOf),
  DELETED,
];
