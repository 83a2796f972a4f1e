import { composeMime } from '../../../emulator/mime/compose-mime';
import { asConversationId, asDossierId, asSourceId } from '../../../src/core/ids';
import type { Message } from '../../../src/core/message';
import { contentFromText, fileRecord, type GraphClient, type SiteIds } from '../../../src/graph';
import { aDraft, aMail } from '../graph/harness';

/** A dossier the demo registry holds. */
export const DOSSIER = asDossierId('BZK-2025-0113');

/** Files a mail with two attachments as real MIME; returns the message. */
export async function fileMailWithAttachments(
  client: GraphClient,
  site: SiteIds,
): Promise<Message> {
  const message = aMail({
    subject: 'Advies subsidieregeling met bijlagen',
    sent: new Date('2025-02-03T09:15:00Z'),
    conversationId: asConversationId('AAQkADExport-thread-1'),
    attachments: [
      { name: 'Advies.pdf', size: 9, contentType: 'application/pdf' },
      { name: 'Begroting 2025.xlsx', size: 9, contentType: 'application/vnd.ms-excel' },
    ],
  });
  const mime = await composeMime({
    from: { name: 'Jan Jansen', address: 'jan.jansen@example.nl' },
    to: [{ name: 'Beleid', address: 'beleid@bronvast.example' }],
    cc: [],
    subject: message.subject,
    date: message.sent ?? new Date(),
    messageId: message.id,
    headers: [],
    text: 'Zie de bijlagen.',
    attachments: message.attachments.map((attachment) => ({
      name: attachment.name,
      contentType: attachment.contentType ?? 'application/octet-stream',
      content: Buffer.from('%PDF-1.4\n'),
    })),
  });
  await file(client, site, message, mime, { hasAttachments: true });
  return message;
}

/** Files a plain mail (no attachments) in the dossier. */
export async function filePlainMail(
  client: GraphClient,
  site: SiteIds,
  options: { readonly withoutConversation?: boolean } = {},
): Promise<Message> {
  const { conversationId, ...mail } = aMail({ sent: new Date('2025-01-10T08:00:00Z') });
  const message: Message =
    options.withoutConversation === true || conversationId === undefined
      ? mail
      : { ...mail, conversationId };
  const mime = `Message-ID: ${message.id}\r\nSubject: ${message.subject}\r\nFrom: jan.jansen@example.nl\r\n\r\nTekst.\r\n`;
  await file(client, site, message, mime, {});
  return message;
}

/** Files a Teams decision as its HTML rendering with the JSON source beside it. */
export async function fileChatDecision(client: GraphClient, site: SiteIds): Promise<Message> {
  const chat = aMail({
    kind: 'chat',
    id: asSourceId(`chat-${Date.now()}`),
    conversationId: asConversationId('19:besluit@thread.v2'),
    subject: 'Besluit over de planning',
    sent: new Date('2025-03-01T13:00:00Z'),
  });
  await fileRecord(client, {
    site,
    content: contentFromText(
      '<!DOCTYPE html><html><body><p>Besluit: we gaan door.</p></body></html>',
    ),
    chatSource: contentFromText(JSON.stringify({ id: chat.id, body: { content: 'Besluit' } })),
    message: chat,
    metadata: { ...aDraft(chat), dossier: DOSSIER, sent: chat.sent ?? new Date() },
    dossierFolder: DOSSIER,
  });
  return chat;
}

async function file(
  client: GraphClient,
  site: SiteIds,
  message: Message,
  mime: string,
  extra: { hasAttachments?: boolean },
): Promise<void> {
  const result = await fileRecord(client, {
    site,
    content: contentFromText(mime),
    message,
    metadata: {
      ...aDraft(message),
      dossier: DOSSIER,
      assessment: 'deels-openbaar',
      grounds: ['5.1.2e'],
      wooCategory: 'c_99a836c7',
      sent: message.sent ?? new Date(),
      ...(message.conversationId === undefined ? {} : { conversationId: message.conversationId }),
      hasAttachments: extra.hasAttachments ?? false,
    },
    dossierFolder: DOSSIER,
  });
  if (result.kind !== 'filed') throw new Error(`not filed: ${result.kind}`);
}
