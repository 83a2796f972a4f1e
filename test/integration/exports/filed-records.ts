import { composeMime } from '../../../emulator/mime/compose-mime';
import { asConversationId, asDossierId, asSourceId } from '../../../src/core/ids';
import type { Message } from '../../../src/core/message';
import { aPdf, anXlsx } from '../../../src/documents/testing/document-files';
import {
  applyReview,
  contentFromText,
  fileRecord,
  queryReviewQueue,
  reviewTargetOf,
  type GraphClient,
  type SiteIds,
} from '../../../src/graph';
import { aDraft, aMail } from '../graph/harness';

/** A dossier the demo registry holds. */
export const DOSSIER = asDossierId('BZK-2025-0113');

/**
 * Files a mail with two real attachments as MIME: a PDF with a citizen service number and a
 * workbook with nothing to withhold; returns the message.
 */
export async function fileMailWithAttachments(
  client: GraphClient,
  site: SiteIds,
): Promise<Message> {
  const contents = [
    aPdf(['Advies over de subsidieregeling.', 'Aanvrager met BSN 111222333.']),
    await anXlsx([
      ['Post', 'Bedrag'],
      ['Subsidie', 1250],
    ]),
  ];
  const message = aMail({
    subject: 'Advies subsidieregeling met bijlagen',
    sent: new Date('2025-02-03T09:15:00Z'),
    conversationId: asConversationId('AAQkADExport-thread-1'),
    attachments: [
      { name: 'Advies.pdf', size: 9, contentType: 'application/pdf' },
      {
        name: 'Begroting 2025.xlsx',
        size: 9,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
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
    attachments: message.attachments.map((attachment, index) => ({
      name: attachment.name,
      contentType: attachment.contentType ?? 'application/octet-stream',
      content: Buffer.from(contents[index] ?? new Uint8Array()),
    })),
  });
  await file(client, site, message, mime, { hasAttachments: true });
  return message;
}

/** Files a mail whose subject holds what XML cannot hold as it is. */
export async function fileHostileMail(client: GraphClient, site: SiteIds): Promise<Message> {
  const message = aMail({
    subject: 'Agenda Q&A; overleg \u0001\uFFFE a &amp; b <![CDATA[ ]]>',
    sent: new Date('2025-02-10T09:00:00Z'),
  });
  const mime = `Message-ID: ${message.id}\r\nSubject: Agenda\r\nFrom: lotte@vng.example\r\n\r\nTekst.\r\n`;
  await file(client, site, message, mime, {});
  return message;
}

/** Accepts the records in the dossier whose subject matches, as the records manager. */
export async function acceptRecords(
  manager: GraphClient,
  site: SiteIds,
  subject: RegExp,
): Promise<void> {
  const queue = await queryReviewQueue(manager, site, {});
  const targets = queue.items
    .filter((item) => subject.test(item.record.metadata?.subject ?? ''))
    .flatMap((item) => reviewTargetOf(item) ?? []);
  const outcomes = await applyReview(
    manager,
    site,
    targets,
    { kind: 'accept' },
    'informatiebeheer@bronvast.example',
  );
  if (outcomes.some((outcome) => outcome.kind !== 'done')) throw new Error('not accepted');
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
      from: 'Jan Jansen <jan.jansen@example.nl>',
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
