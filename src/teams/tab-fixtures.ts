import { assessMessage, prepareContext } from '../core';
import { asDossierId } from '../core/ids';
import { createChatSanitizer } from '../filing/chat/sanitize-chat-html';
import { memoryOutboxStore, Outbox, readAnyFailure, type FileJob } from '../filing/outbox';
import { chatPostFromWire, type ChatLocation, type ChatPost } from '../graph/chats';
import type { GraphChatMessage } from '../graph/chats/chat-wire';
import type { FiledDecision, TabServices } from './tab-services';

export const LOCATION: ChatLocation = { kind: 'chat', chatId: '19:kern@thread.v2' };
/** The Graph base the fixtures' messages come from. */
export const GRAPH_BASE = 'https://graph.microsoft.com/v1.0';

/** A chat message as Graph sends it, minute `minute` of the morning. */
export function aWireMessage(
  id: string,
  minute: number,
  html: string,
  extra: Partial<GraphChatMessage> = {},
): GraphChatMessage {
  return {
    id,
    messageType: 'message',
    createdDateTime: new Date(Date.UTC(2025, 10, 20, 9, minute)).toISOString(),
    from: { user: { id: `u-${id}`, displayName: `Lid ${id}` } },
    body: { contentType: 'html', content: html },
    ...extra,
  };
}

/** The demo posts, newest first: a decision, a hostile message, a system and a deleted message. */
export function demoPosts(): ChatPost[] {
  return [
    aWireMessage(
      '4',
      40,
      '<p><strong>Besluit:</strong> de voortgangsbrief gaat op 2 december naar de Kamer.</p>',
      { importance: 'high' },
    ),
    aWireMessage(
      '3',
      30,
      '<p onclick="alert(1)">Eens<script>window.hacked = true</script><img src="https://evil.example/x.png" alt="pixel"></p>',
    ),
    aWireMessage('2', 20, '', { deletedDateTime: '2025-11-20T09:21:00Z' }),
    aWireMessage('1', 10, '<systemEventMessage/>', {
      messageType: 'systemEventMessage',
      from: null,
    }),
  ].map((wire) => chatPostFromWire(wire, LOCATION, GRAPH_BASE));
}

/** Tab services over fixed pages, the real core and sanitiser, and an outbox in memory. */
export function fakeTabServices(
  pages: readonly (readonly ChatPost[])[],
  file: FileJob,
  filed: ReadonlyMap<string, FiledDecision> = new Map(),
): TabServices & { readonly replies: TabServices['replies']; sent: string[] } {
  const dossiers = [
    {
      id: asDossierId('BZK-2025-0150'),
      title: 'Voortgangsbrief Open op Orde',
      description: 'Kamerbrief voortgang Open op Orde',
      keywords: ['voortgangsbrief', 'open op orde', 'kamer'],
    },
  ];
  const context = prepareContext({ dossiers, history: [] });
  const outbox = new Outbox({ store: memoryOutboxStore(), file, readFailure: readAnyFailure });
  void outbox.start();
  const sent: string[] = [];
  return {
    location: LOCATION,
    title: async () => 'Kernteam Open op Orde',
    page: async (nextLink) => {
      const index = nextLink === undefined ? 0 : Number(nextLink);
      return {
        items: pages[index] ?? [],
        ...(index + 1 < pages.length ? { nextLink: String(index + 1) } : {}),
      };
    },
    replies: async () => [],
    image: async () => 'blob:beeld',
    sanitize: createChatSanitizer(window),
    assess: async (message) => assessMessage(message, context),
    prepareAssessment: () => undefined,
    dossiers: async () => dossiers,
    filed: async () => filed,
    reply: async (html) => void sent.push(html),
    outbox,
    sent,
  };
}
